import type {
  ConcernReportKind,
  ConcernStatus,
  DeliveryChannel,
} from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface MessageRow {
  id: string;
  referanse: string;
  kommunenummer: string;
  bydelsnummer: string;
  unit_id: string;
  mottaker: string;
  type: ConcernReportKind;
  channel: DeliveryChannel;
  status: ConcernStatus;
  received_at: Date;
  letter_post_at: Date;
  content: Buffer | null;
  downloads: number;
  last_download_by: string | null;
  last_download_at: Date | null;
  confirmed_by: string | null;
  confirmed_at: Date | null;
}

export type NewMessage = Omit<
  MessageRow,
  | 'downloads'
  | 'last_download_by'
  | 'last_download_at'
  | 'confirmed_by'
  | 'confirmed_at'
> & { content: Buffer };

/** Everything but the content, which only the handlers that need it read. */
const METADATA = `id, referanse, kommunenummer, bydelsnummer, unit_id, mottaker, type, channel, status,
  received_at, letter_post_at, NULL::bytea AS content, downloads, last_download_by, last_download_at,
  confirmed_by, confirmed_at`;

/** The two workflow commands a message sends: its process's start, and the caseworker's confirm. */
export type WorkflowCommandKind = 'start' | 'confirm';

const COMMAND_COLUMNS = {
  start: { sent: 'command_sent_at', delivered: 'command_delivered_at' },
  confirm: { sent: 'confirm_sent_at', delivered: 'confirm_delivered_at' },
} as const satisfies Record<WorkflowCommandKind, object>;

/** What a message stored under an idempotency key answers a repeat with. */
export interface KeyedMessage {
  referanse: string;
  mottaker: string;
  received_at: Date;
  /** Null once retention deleted the content: a hash of a report outlives it no more than the report. */
  request_hash: string | null;
}

/** Which units a caseworker may see: kommuner (and so their bydeler) and single bydeler. */
export interface UnitFilter {
  kommuner: string[];
  units: string[];
}

export type AuditAction =
  | 'downloaded'
  | 'confirmed'
  | 'sent-by-post'
  | 'delivered-to-case-system'
  | 'rejected-by-case-system'
  | 'deleted-after-retention'
  | 'case-system-unreachable';

/** The unique index a second message with an intake idempotency key runs into. */
export const IDEMPOTENCY_KEY_INDEX = 'concern_message_idempotency_key';

/** Whether an insert failed because another request already stored a message with the same key. */
export function isIdempotencyKeyTaken(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint === IDEMPOTENCY_KEY_INDEX;
}

@Injectable()
export class ConcernMessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, message: NewMessage): Promise<void> {
    await manager.query(
      `INSERT INTO bekymringsmelding.concern_message (id, referanse, kommunenummer, bydelsnummer,
          unit_id, mottaker, type, channel, status, received_at, letter_post_at, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        message.id,
        message.referanse,
        message.kommunenummer,
        message.bydelsnummer,
        message.unit_id,
        message.mottaker,
        message.type,
        message.channel,
        message.status,
        message.received_at,
        message.letter_post_at,
        message.content,
      ],
    );
  }

  async find(id: string): Promise<MessageRow | null> {
    const rows = (await this.dataSource.query(
      `SELECT ${METADATA} FROM bekymringsmelding.concern_message WHERE id = $1`,
      [id],
    )) as MessageRow[];
    return rows[0] ?? null;
  }

  /** The row with its content, locked until the transaction ends: downloads, confirms and post take turns. */
  async lock(manager: EntityManager, id: string): Promise<MessageRow | null> {
    const rows = (await manager.query(
      `SELECT * FROM bekymringsmelding.concern_message WHERE id = $1 FOR UPDATE`,
      [id],
    )) as MessageRow[];
    return rows[0] ?? null;
  }

  async list(filter: UnitFilter, limit = 500): Promise<MessageRow[]> {
    return (await this.dataSource.query(
      `SELECT ${METADATA} FROM bekymringsmelding.concern_message
        WHERE kommunenummer = ANY($1) OR unit_id = ANY($2)
        ORDER BY received_at DESC LIMIT $3`,
      [filter.kommuner, filter.units, limit],
    )) as MessageRow[];
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<
      Pick<
        MessageRow,
        | 'status'
        | 'downloads'
        | 'last_download_by'
        | 'last_download_at'
        | 'confirmed_by'
        | 'confirmed_at'
      >
    > & { deleteContentAt?: Date },
  ): Promise<void> {
    const { deleteContentAt, ...columns } = changes;
    const sets = Object.keys(columns).map(
      (column, i) => `${column} = $${i + 2}`,
    );
    const values: unknown[] = Object.values(columns);
    if (deleteContentAt) {
      sets.push(`content = NULL`, `content_deleted_at = $${values.length + 2}`);
      values.push(deleteContentAt);
    }
    await manager.query(
      `UPDATE bekymringsmelding.concern_message SET ${sets.join(', ')} WHERE id = $1`,
      [id, ...values],
    );
  }

  async audit(
    manager: EntityManager,
    messageId: string,
    action: AuditAction,
    actor: string,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO bekymringsmelding.concern_audit (message_id, action, actor, at) VALUES ($1, $2, $3, $4)`,
      [messageId, action, actor, at],
    );
  }

  async auditOf(
    messageId: string,
  ): Promise<Array<{ action: AuditAction; actor: string; at: Date }>> {
    return (await this.dataSource.query(
      `SELECT action, actor, at FROM bekymringsmelding.concern_audit WHERE message_id = $1 ORDER BY id`,
      [messageId],
    )) as Array<{ action: AuditAction; actor: string; at: Date }>;
  }

  /** Messages whose workflow was not started yet (a crash, or Redis down, after the commit). */
  async unstarted(limit: number): Promise<MessageRow[]> {
    return (await this.dataSource.query(
      `SELECT ${METADATA} FROM bekymringsmelding.concern_message
        WHERE command_sent_at IS NULL ORDER BY received_at LIMIT $1`,
      [limit],
    )) as MessageRow[];
  }

  async markStarted(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE bekymringsmelding.concern_message SET command_sent_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Confirmed messages whose workflow was not told yet. */
  async confirmedUntold(limit: number): Promise<MessageRow[]> {
    return (await this.dataSource.query(
      `SELECT ${METADATA} FROM bekymringsmelding.concern_message
        WHERE confirmed_at IS NOT NULL AND confirm_sent_at IS NULL ORDER BY confirmed_at LIMIT $1`,
      [limit],
    )) as MessageRow[];
  }

  async markConfirmTold(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE bekymringsmelding.concern_message SET confirm_sent_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Messages whose start or confirm command was sent before `before` and not yet seen taken by the workflow. */
  async sentNotDelivered(
    command: WorkflowCommandKind,
    before: Date,
    limit: number,
  ): Promise<MessageRow[]> {
    const { sent, delivered } = COMMAND_COLUMNS[command];
    return (await this.dataSource.query(
      `SELECT ${METADATA} FROM bekymringsmelding.concern_message
        WHERE ${sent} < $1 AND ${delivered} IS NULL ORDER BY ${sent} LIMIT $2`,
      [before, limit],
    )) as MessageRow[];
  }

  async markDelivered(command: WorkflowCommandKind, id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE bekymringsmelding.concern_message SET ${COMMAND_COLUMNS[command].delivered} = now() WHERE id = $1`,
      [id],
    );
  }

  /** Deletes the content of every message received before `before`; answers their ids. */
  async deleteExpired(
    manager: EntityManager,
    before: Date,
    now: Date,
  ): Promise<string[]> {
    const rows = (await manager.query(
      `UPDATE bekymringsmelding.concern_message SET content = NULL, request_hash = NULL, content_deleted_at = $2
        WHERE content IS NOT NULL AND received_at < $1 RETURNING id`,
      [before, now],
    )) as [Array<{ id: string }>, number];
    return rows[0].map((row) => row.id);
  }

  /**
   * Binds the intake's idempotency key (and the request's hash) to a message inserted in the same
   * transaction. A second message with the key fails on the unique index: see `isIdempotencyKeyTaken`.
   */
  async claimIdempotencyKey(
    manager: EntityManager,
    id: string,
    key: string,
    requestHash: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE bekymringsmelding.concern_message SET idempotency_key = $2, request_hash = $3 WHERE id = $1`,
      [id, key, requestHash],
    );
  }

  /** The message an idempotency key already stored, with what its receipt said; also after retention. */
  async findByIdempotencyKey(key: string): Promise<KeyedMessage | null> {
    const rows = (await this.dataSource.query(
      `SELECT referanse, mottaker, received_at, request_hash
         FROM bekymringsmelding.concern_message WHERE idempotency_key = $1`,
      [key],
    )) as KeyedMessage[];
    return rows[0] ?? null;
  }

  /** A system action that did not succeed, with why (never content): e.g. a case system out of reach. */
  async auditFailure(
    manager: EntityManager,
    messageId: string,
    action: AuditAction,
    detail: string,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO bekymringsmelding.concern_audit (message_id, action, actor, at, detail) VALUES ($1, $2, 'system', $3, $4)`,
      [messageId, action, at, detail.slice(0, 200)],
    );
  }
}
