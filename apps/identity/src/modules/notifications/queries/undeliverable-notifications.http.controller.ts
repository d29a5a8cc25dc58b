import { RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { QueryParameters, ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { UndeliverableNotificationsRepository } from '../persistence/undeliverable-notifications.repository';

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** Notifications that reached nobody, so an admin can see which offices or units lack registered users. */
@ApiTags('notifications')
@RequireRoles(Role.PLATFORM_ADMIN)
@Controller('notifications')
export class UndeliverableNotificationsHttpController {
  constructor(
    private readonly undeliverable: UndeliverableNotificationsRepository,
  ) {}

  @Get('undeliverable')
  @QueryParameters(pageQuery)
  @ApiOperation({ summary: 'Notifications nobody could receive, newest first' })
  async list(
    @Query(new ZodValidationPipe(pageQuery, 'query'))
    { page, pageSize }: z.infer<typeof pageQuery>,
  ) {
    const result = await this.undeliverable.newestFirst(page, pageSize);
    return {
      ...result,
      items: result.items.map((row) => ({
        id: row.id,
        template: row.template,
        audience: row.audience,
        reason: row.reason,
        createdAt: row.createdAt,
      })),
    };
  }
}
