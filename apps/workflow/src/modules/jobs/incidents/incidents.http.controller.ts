import { RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { QueryParameters, ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, Principal } from '../../../auth/principal';
import { Incidents } from './incidents.service';

const listQuery = z.object({
  state: z.enum(['open', 'all']).default('open'),
  processInstanceId: z.uuid().optional(),
});
const idParam = z.object({ id: z.uuid('expected an incident id (uuid)') });

@ApiTags('incidents')
@Controller('incidents')
@RequireRoles(Role.PLATFORM_ADMIN)
export class IncidentsHttpController {
  constructor(private readonly incidents: Incidents) {}

  @Get()
  @QueryParameters(listQuery)
  @ApiOperation({
    summary: 'External tasks whose handler gave up, with the error',
  })
  list(
    @Query(new ZodValidationPipe(listQuery, 'query'))
    query: z.infer<typeof listQuery>,
  ) {
    return this.incidents.list({
      open: query.state === 'open',
      instanceId: query.processInstanceId,
    });
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Hand the failed job to its handler again; resolves the incident',
  })
  retry(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.incidents.retry(id, principal.id);
  }
}
