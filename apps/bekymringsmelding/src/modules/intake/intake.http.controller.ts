import { privateConcernReport, publicConcernReport } from '@bvr/contracts';
import { JsonBody, PublicRoute, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { ReceiveConcern } from './receive-concern.service';

/**
 * The public intake. A private person needs no login; a public employee with duty to report sends
 * logged in through ID-porten (any valid access token). The gateway rate-limits both.
 */
@ApiTags('innsending')
@Controller('meldinger')
export class IntakeHttpController {
  constructor(private readonly intake: ReceiveConcern) {}

  @Post('privat')
  @PublicRoute()
  @ApiOperation({ summary: 'Send a report of concern as a private person' })
  @JsonBody(privateConcernReport)
  sendPrivate(
    @Body(new ZodValidationPipe(privateConcernReport, 'body'))
    report: z.infer<typeof privateConcernReport>,
  ) {
    return this.intake.receive({ type: 'privat', report });
  }

  @Post('offentlig')
  @ApiOperation({
    summary: 'Send a report of concern as a public employee (logged in)',
  })
  @JsonBody(publicConcernReport)
  sendPublic(
    @Body(new ZodValidationPipe(publicConcernReport, 'body'))
    report: z.infer<typeof publicConcernReport>,
  ) {
    return this.intake.receive({ type: 'offentlig', report });
  }
}
