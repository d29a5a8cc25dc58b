import { privateConcernReport, publicConcernReport } from '@bvr/contracts';
import { JsonBody, PublicRoute, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  IdempotencyKey,
  IdempotencyKeyHeader,
  idempotencyKeyPipe,
} from './intake-idempotency';
import { ReceiveConcern } from './receive-concern.service';

/**
 * The public intake. A private person needs no login; a public employee with duty to report sends
 * logged in through ID-porten (any valid access token). The gateway rate-limits both. A resend with
 * the same `Idempotency-Key` answers the first receipt again (201, as the first time).
 */
@ApiTags('innsending')
@Controller('meldinger')
export class IntakeHttpController {
  constructor(private readonly intake: ReceiveConcern) {}

  @Post('privat')
  @PublicRoute()
  @ApiOperation({ summary: 'Send a report of concern as a private person' })
  @JsonBody(privateConcernReport)
  @IdempotencyKeyHeader()
  sendPrivate(
    @Body(new ZodValidationPipe(privateConcernReport, 'body'))
    report: z.infer<typeof privateConcernReport>,
    @IdempotencyKey(idempotencyKeyPipe()) idempotencyKey?: string,
  ) {
    return this.intake.receive({ type: 'privat', report }, idempotencyKey);
  }

  @Post('offentlig')
  @ApiOperation({
    summary: 'Send a report of concern as a public employee (logged in)',
  })
  @JsonBody(publicConcernReport)
  @IdempotencyKeyHeader()
  sendPublic(
    @Body(new ZodValidationPipe(publicConcernReport, 'body'))
    report: z.infer<typeof publicConcernReport>,
    @IdempotencyKey(idempotencyKeyPipe()) idempotencyKey?: string,
  ) {
    return this.intake.receive({ type: 'offentlig', report }, idempotencyKey);
  }
}
