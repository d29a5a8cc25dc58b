import { CurrentPrincipal, Principal, RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { ZodValidationPipe } from '@bvr/service-kit';
import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ReceiveMessages } from './receive-messages.service';

const idParam = z.object({ id: z.uuid('expected a message id (uuid)') });

/** «Motta bekymringsmeldinger»: the unit's caseworkers list, download and confirm. */
@ApiTags('mottak')
@RequireRoles(Role.CONCERN_CASEWORKER)
@Controller('mottak')
export class ReceiveMessagesHttpController {
  constructor(private readonly receive: ReceiveMessages) {}

  @Get()
  @ApiOperation({
    summary: "The caller's units' messages, newest first (no content)",
  })
  list(@CurrentPrincipal() caller: Principal) {
    return this.receive.list(caller);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One message (no content)' })
  one(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
    @CurrentPrincipal() caller: Principal,
  ) {
    return this.receive.one(caller, id);
  }

  @Get(':id/pdf')
  @ApiOperation({ summary: 'Download the message as PDF (audited)' })
  async pdf(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
    @CurrentPrincipal() caller: Principal,
  ) {
    const { referanse, pdf } = await this.receive.download(caller, id);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="bekymringsmelding-${referanse}.pdf"`,
    });
  }

  @Post(':id/bekreft')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '«Bekreft»: the message is in the case system; deletes its content (audited)',
  })
  confirm(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
    @CurrentPrincipal() caller: Principal,
  ) {
    return this.receive.confirm(caller, id);
  }
}
