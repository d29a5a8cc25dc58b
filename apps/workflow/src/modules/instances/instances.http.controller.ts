import { RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import {
  INT4_MAX,
  JsonBody,
  QueryParameters,
  ZodValidationPipe,
} from '@bvr/service-kit';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, Principal } from '../../auth/principal';
import { CancelInstance } from './commands/cancel-instance.service';
import { MigrateInstance } from './commands/migrate-instance.service';
import { StartInstance } from './commands/start-instance.service';
import { InstanceQueries } from './queries/instance-queries.service';

const variablesSchema = z.record(
  z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'variable names are identifiers'),
  z.unknown(),
);
const startBody = z.object({
  definitionKey: z.string().min(1).max(200),
  businessKey: z.string().min(1).max(200).nullable().default(null),
  variables: variablesSchema.default({}),
});
const listQuery = z.object({
  definitionKey: z.string().max(200).optional(),
  status: z.enum(['running', 'completed', 'cancelled']).optional(),
  businessKey: z.string().max(200).optional(),
  version: z.coerce.number().int().positive().max(INT4_MAX).optional(),
  activityId: z.string().min(1).max(200).optional(),
  withIncidents: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const idParam = z.object({
  id: z.uuid('expected a process instance id (uuid)'),
});
const activityId = z.string().min(1).max(200);
const migrateBody = z.object({
  targetVersion: z.number().int().positive().max(INT4_MAX),
  /** Source activity id → target activity id; activities not named keep their id. */
  mapping: z.record(activityId, activityId).default({}),
  /** Optional; must be the instance's own definition key. */
  definitionKey: z.string().min(1).max(200).optional(),
});
const cancelBody = z.object({
  reason: z.string().trim().min(1, 'give a reason').max(2000),
});

@ApiTags('process-instances')
@Controller('process-instances')
@RequireRoles(Role.PLATFORM_ADMIN)
export class InstancesHttpController {
  constructor(
    private readonly starter: StartInstance,
    private readonly canceller: CancelInstance,
    private readonly migrator: MigrateInstance,
    private readonly queries: InstanceQueries,
  ) {}

  @Post()
  @JsonBody(startBody)
  @ApiOperation({
    summary:
      'Start the latest version of a process with a business key and variables',
  })
  async start(
    @Body(new ZodValidationPipe(startBody, 'body'))
    body: z.infer<typeof startBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    const instance = await this.starter.start({ ...body, actor: principal.id });
    return this.queries.get(instance.id);
  }

  @Get()
  @QueryParameters(listQuery)
  @ApiOperation({
    summary:
      'Instances, newest first, filtered by process, version, current activity, status, business key or open incidents',
  })
  list(
    @Query(new ZodValidationPipe(listQuery, 'query'))
    query: z.infer<typeof listQuery>,
  ) {
    return this.queries.list(query);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'One instance: status, version, current activities, variables, tasks, incidents, history',
  })
  get(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
  ) {
    return this.queries.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @JsonBody(cancelBody)
  @ApiOperation({ summary: 'Cancel a running instance with a reason' })
  async cancel(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
    @Body(new ZodValidationPipe(cancelBody, 'body'))
    body: z.infer<typeof cancelBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.canceller.cancel(id, body.reason, principal.id);
    return this.queries.get(id);
  }

  @Post(':id/migrate')
  @HttpCode(200)
  @JsonBody(migrateBody)
  @ApiOperation({
    summary:
      'Move a running instance to another version of its definition; 409 names each waiting activity the target lacks',
  })
  async migrate(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
    @Body(new ZodValidationPipe(migrateBody, 'body'))
    body: z.infer<typeof migrateBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.migrator.migrate(id, body, principal.id, principal.name);
    return this.queries.get(id);
  }
}
