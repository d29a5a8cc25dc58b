import type { ConcernMessage } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { KommuneKeys } from '../encryption/kommune-keys';
import type { MessageRow } from './concern-messages.repository';

/** Opens a stored message: `null` once its content is deleted (confirmed, posted, delivered or expired). */
@Injectable()
export class MessageContent {
  constructor(private readonly keys: KommuneKeys) {}

  async read(
    manager: EntityManager,
    row: MessageRow,
  ): Promise<ConcernMessage | null> {
    if (!row.content) return null;
    const plain = await this.keys.decrypt(
      row.kommunenummer,
      row.content,
      `message/${row.id}`,
      manager,
    );
    return JSON.parse(plain.toString('utf8')) as ConcernMessage;
  }
}
