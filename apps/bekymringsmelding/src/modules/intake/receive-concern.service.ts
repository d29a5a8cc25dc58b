import {
  type ConcernMessage,
  type ConcernReportKind,
  type PrivateConcernReport,
  type PublicConcernReport,
} from '@bvr/contracts';
import { addWorkingDays, Clock } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { BekymringsmeldingConfig } from '../../config/env';
import { KommuneKeys } from '../encryption/kommune-keys';
import {
  ConcernMessagesRepository,
  isIdempotencyKeyTaken,
} from '../messages/concern-messages.repository';
import { osloIsoTime, osloReadableTime } from '../messages/oslo-time';
import { ReceivingUnitsRepository } from '../setup/receiving-units.repository';
import { WHOLE_KOMMUNE } from '../setup/concern-setup.service';
import {
  IdempotencyKeyReusedError,
  UnknownRecipientError,
} from './intake.errors';
import { requestHash } from './intake-idempotency';
import { type ReceiptEmail, ReceiptOutbox } from './receipt-outbox';
import { WorkflowCommandsSender } from './workflow-commands.sender';

export interface ConcernReceipt {
  referanse: string;
  /** «Bergen kommune, bydel Bergenhus». */
  mottaker: string;
  sendingstidspunkt: string;
}

/** An `Idempotency-Key` and the hash of the request it came with. */
interface KeyClaim {
  key: string;
  hash: string;
}

type Input =
  | { type: 'privat'; report: PrivateConcernReport }
  | { type: 'offentlig'; report: PublicConcernReport };

/** Unambiguous letters and digits for references people read aloud on the phone. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Receives a report of concern: finds the receiving unit (the default bydel when none is chosen),
 * encrypts the message with the kommune's key and stores it (with its receipt e-mail, sealed, in the
 * outbox), then starts its process and e-mails the receipt. The plaintext lives only in this
 * request's memory. With an idempotency key, a resend of the same report answers the first receipt
 * and does nothing else.
 */
@Injectable()
export class ReceiveConcern {
  constructor(
    private readonly units: ReceivingUnitsRepository,
    private readonly messages: ConcernMessagesRepository,
    private readonly keys: KommuneKeys,
    private readonly commands: WorkflowCommandsSender,
    private readonly clock: Clock,
    private readonly config: BekymringsmeldingConfig,
    private readonly outbox: ReceiptOutbox,
  ) {}

  async receive(
    input: Input,
    idempotencyKey?: string,
  ): Promise<ConcernReceipt> {
    const claim = idempotencyKey
      ? { key: idempotencyKey, hash: requestHash(input) }
      : null;
    const earlier = claim && (await this.earlierReceipt(claim));
    if (earlier) return earlier;
    try {
      return await this.store(input, claim);
    } catch (error) {
      // A concurrent resend stored it first: its commit is what this one answers.
      const winner =
        claim && isIdempotencyKeyTaken(error)
          ? await this.earlierReceipt(claim)
          : null;
      if (winner) return winner;
      throw error;
    }
  }

  /**
   * The receipt a message already stored under this key gave; a different report under it is refused.
   * Once retention deleted the content its hash is gone too, and the key alone answers the receipt.
   */
  private async earlierReceipt(
    claim: KeyClaim,
  ): Promise<ConcernReceipt | null> {
    const earlier = await this.messages.findByIdempotencyKey(claim.key);
    if (!earlier) return null;
    if (earlier.request_hash !== null && earlier.request_hash !== claim.hash)
      throw IdempotencyKeyReusedError.forOtherReport();
    return {
      referanse: earlier.referanse,
      mottaker: earlier.mottaker,
      sendingstidspunkt: earlier.received_at.toISOString(),
    };
  }

  private async store(
    input: Input,
    claim: KeyClaim | null,
  ): Promise<ConcernReceipt> {
    const { kommunenummer, bydelsnummer, kvitteringEpost, ...content } =
      input.report;
    const service = await this.units.service(kommunenummer);
    if (!service)
      throw new UnknownRecipientError(
        `Kommune ${kommunenummer} tar ikke imot bekymringsmeldinger her ennå. Kontakt barneverntjenesten i kommunen direkte.`,
      );
    const units = await this.units.units(kommunenummer);
    const unit = bydelsnummer
      ? units.find((u) => u.bydelsnummer === bydelsnummer)
      : units.find((u) => u.standard_mottaker);
    if (!unit)
      throw new UnknownRecipientError(
        `${service.kommunenavn} har ingen bydel med nummer ${bydelsnummer}. Velg en av bydelene i listen, eller la kommunen velge.`,
      );
    const whole = unit.bydelsnummer === WHOLE_KOMMUNE;
    const mottaker = whole
      ? `${service.kommunenavn} kommune`
      : `${service.kommunenavn} kommune, bydel ${unit.bydelsnavn}`;
    const now = this.clock.now();
    const id = randomUUID();
    const channel = service.mottak === 'svarinn' ? 'svarinn' : 'manuell';
    const message = {
      kommunenummer,
      kommunenavn: service.kommunenavn,
      bydelsnummer: unit.bydelsnummer,
      bydelsnavn: unit.bydelsnavn,
      sendingstidspunkt: osloIsoTime(now),
      leveringskanal: channel,
      type: input.type,
      ...content,
    } as ConcernMessage;
    const row = {
      id,
      referanse: reference(),
      kommunenummer,
      bydelsnummer: unit.bydelsnummer,
      unit_id: whole ? kommunenummer : `${kommunenummer}${unit.bydelsnummer}`,
      mottaker,
      type: input.type as ConcernReportKind,
      channel,
      status: 'AKSEPTERT',
      received_at: now,
      letter_post_at: addWorkingDays(
        now,
        this.config.env.LETTER_POST_AFTER_WORKING_DAYS,
      ),
    } as const;
    const receipt: ReceiptEmail | null = kvitteringEpost
      ? {
          to: kvitteringEpost,
          recipientName: mottaker,
          reference: row.referanse,
          sentAt: osloReadableTime(now),
        }
      : null;
    await this.messages.transaction(async (manager) => {
      const sealed = await this.keys.encrypt(
        kommunenummer,
        Buffer.from(JSON.stringify(message), 'utf8'),
        `message/${id}`,
        manager,
      );
      await this.messages.insert(manager, { ...row, content: sealed });
      // The address is kept only sealed, and only until BullMQ has the e-mail.
      if (receipt)
        await this.outbox.add(manager, id, kommunenummer, receipt, now);
      if (claim)
        await this.messages.claimIdempotencyKey(
          manager,
          id,
          claim.key,
          claim.hash,
        );
    });
    await this.commands.started({
      ...row,
      content: null,
      downloads: 0,
      last_download_by: null,
      last_download_at: null,
      confirmed_by: null,
      confirmed_at: null,
    });
    if (receipt) await this.outbox.relay(id, receipt);
    return {
      referanse: row.referanse,
      mottaker,
      sendingstidspunkt: now.toISOString(),
    };
  }
}

function reference(): string {
  let code = '';
  for (let i = 0; i < 8; i++)
    code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `BM-${code.slice(0, 4)}-${code.slice(4)}`;
}
