import { sendEmail } from '@bvr/contracts';
import { Clock, enqueue } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue, UnrecoverableError } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { KommuneKeys } from '../encryption/kommune-keys';
import {
  ConcernMessagesRepository,
  type MessageRow,
} from '../messages/concern-messages.repository';
import { MessageContent } from '../messages/message-content';
import { osloReadableTime } from '../messages/oslo-time';
import { renderConcernPdf } from '../messages/pdf/concern-pdf';
import {
  ReceivingUnitsRepository,
  type UnitRow,
} from '../setup/receiving-units.repository';
import {
  packSvarInnDelivery,
  SVARINN_CONTENT_TYPE,
} from '../svarinn/svarinn-package';
import { PrintSpool } from './print-spool';

/** What the case system answered, or that it could not be reached. */
export type SvarInnOutcome = 'mottatt' | 'feilet' | 'unreachable';

/** An attempt's outcome; when unreachable, why (a status, a timeout, a network error code), never content. */
export interface SvarInnAttempt {
  outcome: SvarInnOutcome;
  reason?: string;
}

/**
 * The effects of the process's service tasks. Each locks the message's row first: a message that
 * was confirmed (or delivered) meanwhile is not alerted about, posted or delivered again.
 */
@Injectable()
export class DeliverMessages {
  constructor(
    private readonly messages: ConcernMessagesRepository,
    private readonly units: ReceivingUnitsRepository,
    private readonly contents: MessageContent,
    private readonly keys: KommuneKeys,
    private readonly spool: PrintSpool,
    private readonly clock: Clock,
    @InjectQueue(sendEmail.queue) private readonly email: Queue,
  ) {}

  /** Two working days without a confirm: the unit's alert addresses are e-mailed (no content). */
  async alert(jobId: string, id: string): Promise<boolean> {
    const row = await this.messages.find(id);
    if (!row) throw new UnrecoverableError(`no message ${id}`);
    if (row.status !== 'AKSEPTERT' || row.confirmed_at) return false;
    const unit = await this.unitOf(row);
    await enqueue(
      this.email,
      sendEmail,
      {
        idempotencyKey: jobId,
        template: 'concern-alert',
        to: unit.details.varselEposter,
        params: {
          recipientName: row.mottaker,
          receivedAt: osloReadableTime(row.received_at),
          path: '/motta-bekymringsmeldinger',
        },
      },
      { jobId: `alert-${jobId}` },
    );
    return true;
  }

  /** Letter post to the unit's postal address; the content is deleted once the print service has it. */
  async sendAsLetter(id: string): Promise<boolean> {
    return this.messages.transaction(async (manager) => {
      const row = await this.locked(manager, id);
      const message = await this.contents.read(manager, row);
      if (!message || row.confirmed_at) return false;
      const unit = await this.unitOf(row);
      const pdf = await renderConcernPdf(
        { ...message, leveringskanal: 'brevpost', referanse: row.referanse },
        { letterTo: unit.details.mottakeradresse },
      );
      await this.spool.hand(row.id, pdf, unit.details.mottakeradresse);
      const now = this.clock.now();
      await this.messages.update(manager, row.id, {
        status: 'SENDT_PRINT',
        deleteContentAt: now,
      });
      await this.messages.audit(manager, row.id, 'sent-by-post', 'system', now);
      return true;
    });
  }

  /**
   * SvarInn: the message as JSON + PDF in an ASiC-E container, encrypted for the kommune's
   * certificate, posted to its case system. `mottatt` deletes the content; anything else leaves it
   * for the letter post.
   */
  async deliverToCaseSystem(
    id: string,
    post: (
      url: string,
      body: Buffer,
      secret: string,
    ) => Promise<SvarInnAttempt>,
  ): Promise<SvarInnOutcome> {
    return this.messages.transaction(async (manager) => {
      const row = await this.locked(manager, id);
      const message = await this.contents.read(manager, row);
      if (!message) return 'feilet';
      const service = await this.units.service(row.kommunenummer, manager);
      if (
        !service?.svarinn_certificate ||
        !service.svarinn_url ||
        !service.integration_secret
      )
        throw new UnrecoverableError(
          `${row.kommunenummer} has no SvarInn set-up`,
        );
      const json = Buffer.from(JSON.stringify(message), 'utf8');
      const pdf = await renderConcernPdf({
        ...message,
        referanse: row.referanse,
      });
      const body = await packSvarInnDelivery(
        json,
        pdf,
        service.svarinn_certificate,
      );
      const secret = await this.keys.decrypt(
        row.kommunenummer,
        service.integration_secret,
        'svarinn-secret',
        manager,
      );
      const { outcome, reason } = await post(
        service.svarinn_url,
        body,
        secret.toString('utf8'),
      );
      const now = this.clock.now();
      if (outcome === 'mottatt') {
        await this.messages.update(manager, row.id, {
          status: 'LEVERT',
          deleteContentAt: now,
        });
        await this.messages.audit(
          manager,
          row.id,
          'delivered-to-case-system',
          'system',
          now,
        );
      } else if (outcome === 'feilet') {
        await this.messages.update(manager, row.id, {
          status: 'AVVIST_FAGSYSTEM',
        });
        await this.messages.audit(
          manager,
          row.id,
          'rejected-by-case-system',
          'system',
          now,
        );
      } else {
        // Committed with the transaction; the worker's retry (or the letter post) is unchanged.
        await this.messages.auditFailure(
          manager,
          row.id,
          'case-system-unreachable',
          reason ?? 'unreachable',
          now,
        );
      }
      return outcome;
    });
  }

  private async locked(
    manager: EntityManager,
    id: string,
  ): Promise<MessageRow> {
    const row = await this.messages.lock(manager, id);
    if (!row) throw new UnrecoverableError(`no message ${id}`);
    return row;
  }

  private async unitOf(row: MessageRow): Promise<UnitRow> {
    const unit = (await this.units.units(row.kommunenummer)).find(
      (u) => u.bydelsnummer === row.bydelsnummer,
    );
    if (!unit)
      throw new UnrecoverableError(
        `no receiving unit ${row.kommunenummer}/${row.bydelsnummer}`,
      );
    return unit;
  }
}

/** Posts a delivery; the case system's receipt is `{ status: 'mottatt' | 'feilet', melding? }`. */
export async function postToCaseSystem(
  url: string,
  body: Buffer,
  secret: string,
): Promise<SvarInnAttempt> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': SVARINN_CONTENT_TYPE,
        authorization: `Bearer ${secret}`,
      },
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { outcome: 'unreachable', reason: unreachableReason(error) };
  }
  if (response.status >= 500)
    return { outcome: 'unreachable', reason: `HTTP ${response.status}` };
  const receipt = (await response.json().catch(() => null)) as {
    status?: string;
  } | null;
  return {
    outcome:
      receipt?.status === 'mottatt' && response.ok ? 'mottatt' : 'feilet',
  };
}

/** `timeout`, or the network error's code (`ECONNREFUSED`, `ENOTFOUND`, …) or text: nothing the body said. */
function unreachableReason(error: unknown): string {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })
    ?.cause;
  const why = cause?.code ?? cause?.message;
  return typeof why === 'string' ? `network error ${why}` : 'network error';
}
