import { Injectable, Logger } from '@nestjs/common';
import { periodName } from '../../periods/domain/reporting-period';
import type { ReportingPeriod } from '../../periods/persistence/reporting-period.orm-entity';
import { ReportingPeriodRepository } from '../../periods/persistence/reporting-period.repository';
import { todayInNorway } from '../../reference-data/domain/as-of-date';
import { ReferenceDataVersionRepository } from '../../reference-data/persistence/reference-data-version.repository';
import { reminderDue, reminderKey } from '../domain/deadline-reminders';
import { DeadlineReminderPublisher } from '../messaging/deadline-reminder.publisher';
import { DeadlineReminderRepository } from '../persistence/deadline-reminder.repository';
import { RemindersConfig } from '../reminders.config';

export interface RemindersSent {
  periodId: number;
  daysBefore: number;
  units: number;
}

/**
 * "Frist for kommunene" is near: each unit that has not submitted gets one `deadline-reminder` per
 * reminder day. Enqueued before it is recorded, with the key as job id: a crash in between sends the
 * same job again, which BullMQ drops; once recorded, later runs skip the unit.
 */
@Injectable()
export class SendDeadlineRemindersService {
  private readonly logger = new Logger(SendDeadlineRemindersService.name);

  constructor(
    private readonly periods: ReportingPeriodRepository,
    private readonly versions: ReferenceDataVersionRepository,
    private readonly reminders: DeadlineReminderRepository,
    private readonly publisher: DeadlineReminderPublisher,
    private readonly config: RemindersConfig,
  ) {}

  async sendDue(now: Date): Promise<RemindersSent[]> {
    const today = todayInNorway(now);
    const version = await this.versions.latestValidOn(today);
    if (!version) return [];
    const sent: RemindersSent[] = [];
    for (const period of await this.periods.newestFirst()) {
      const daysBefore = reminderDue(
        period,
        today,
        this.config.daysBeforeDeadline,
      );
      if (daysBefore === null) continue;
      const units = await this.remind(period, version.id, daysBefore);
      if (units > 0) sent.push({ periodId: period.id, daysBefore, units });
    }
    return sent;
  }

  private async remind(
    period: ReportingPeriod,
    referenceVersionId: number,
    daysBefore: number,
  ): Promise<number> {
    const units = await this.reminders.unreminded(
      referenceVersionId,
      period.id,
      daysBefore,
    );
    const name = periodName(period.year, period.half);
    for (const unit of units)
      await this.publisher.publish({
        idempotencyKey: reminderKey(period.id, unit.unitId, daysBefore),
        audience: { kind: 'unit', unitId: unit.unitId },
        template: 'deadline-reminder',
        params: {
          unitName: unit.unitName,
          periodName: name,
          deadline: period.kommuneDeadline,
          path: `/rapportering/${period.id}/${unit.unitId}`,
        },
      });
    await this.reminders.markSent(
      period.id,
      units.map((unit) => unit.unitId),
      daysBefore,
    );
    if (units.length)
      this.logger.log(
        { periodId: period.id, daysBefore, units: units.length },
        'deadline reminders enqueued',
      );
    return units.length;
  }
}
