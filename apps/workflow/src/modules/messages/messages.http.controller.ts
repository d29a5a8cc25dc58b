import { ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ADMIN_GROUP,
  CurrentPrincipal,
  Principal,
  RequireGroup,
} from '../../auth/principal';
import { TestPrincipalGuard } from '../../auth/test-principal.guard';
import { CorrelateMessage } from './correlate-message.service';

const correlateBody = z.object({
  name: z.string().min(1).max(200),
  businessKey: z.string().min(1).max(200),
  variables: z.record(z.string(), z.unknown()).default({}),
});

@ApiTags('messages')
@Controller('messages')
@UseGuards(TestPrincipalGuard)
@RequireGroup(ADMIN_GROUP)
export class MessagesHttpController {
  constructor(private readonly correlator: CorrelateMessage) {}

  @Post()
  @HttpCode(200)
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
