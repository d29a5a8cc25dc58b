import { RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { JsonBody, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, Principal } from '../../auth/principal';
import { CorrelateMessage } from './correlate-message.service';

const correlateBody = z.object({
  name: z.string().min(1).max(200),
  businessKey: z.string().min(1).max(200),
  variables: z.record(z.string(), z.unknown()).default({}),
});

@ApiTags('messages')
@Controller('messages')
@RequireRoles(Role.PLATFORM_ADMIN)
export class MessagesHttpController {
  constructor(private readonly correlator: CorrelateMessage) {}

  @Post()
  @HttpCode(200)
  @JsonBody(correlateBody)
  @ApiOperation({
    summary:
      'Correlate a named message to the instance with this business key waiting for it (409 if none)',
  })
  correlate(
    @Body(new ZodValidationPipe(correlateBody, 'body'))
    body: z.infer<typeof correlateBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.correlator.correlate({ ...body, actor: principal.id });
  }
}
