import { RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SentEmail } from '../persistence/sent-email.orm-entity';
import { SentEmailsRepository } from '../persistence/sent-emails.repository';
import { RetryEmailService } from './retry-email.service';

const listQuery = z.object({
  status: z.enum(['sent', 'failed']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const idParam = z.object({ id: z.string().min(1).max(200) });

const view = (row: SentEmail) => ({
  id: row.idempotencyKey,
  template: row.template,
  recipientCount: row.recipientCount,
  status: row.status,
  attempts: row.attempts,
  lastError: row.lastError,
  sentAt: row.sentAt,
  updatedAt: row.updatedAt,
});

/** The delivery log for platform admins: what was sent, what failed, and a retry for the failed. */
@ApiTags('emails')
@RequireRoles(Role.PLATFORM_ADMIN)
@Controller('emails')
export class EmailsHttpController {
  constructor(
    private readonly deliveries: SentEmailsRepository,
    private readonly retries: RetryEmailService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'E-mails by delivery status, newest first' })
  async list(
    @Query(new ZodValidationPipe(listQuery, 'query'))
    query: z.infer<typeof listQuery>,
  ) {
    const page = await this.deliveries.list(
      { status: query.status },
      query.page,
      query.pageSize,
    );
    return { ...page, items: page.items.map(view) };
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a failed e-mail again (its id is its idempotency key)',
  })
  retry(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
  ) {
    return this.retries.retry(id);
  }
}
