import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { JsonObject } from '../../../shared/json-column';
import {
  DefinitionAuditAction,
  DefinitionAuditEntity,
} from '../persistence/definition-audit.orm-entity';
import { DefinitionRegistry } from '../registry/definition-registry.service';

export interface DefinitionAuditPage {
  page: number;
  pageSize: number;
}

export interface DefinitionAuditEntry {
  id: string;
  action: DefinitionAuditAction;
  /** The version deployed, or the version an instance was migrated onto. */
  version: number;
  actor: string;
  /** The person's name from their token; null for machines, start-up deploys and older rows. */
  actorName: string | null;
  at: Date;
  /** A deploy's change note; null for migrations. */
  changeNote: string | null;
  /** The row's details as stored: deploys name the definition, migrations the instance and mapping. */
  details: JsonObject;
}

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;

const entry = (row: DefinitionAuditEntity): DefinitionAuditEntry => ({
  id: row.id,
  action: row.action,
  version: row.version,
  actor: row.actor,
  actorName: textOrNull(row.details.actorName),
  at: row.at,
  changeNote:
    row.action === 'deployed' ? textOrNull(row.details.changeNote) : null,
  details: row.details,
});

/** Every deploy of a process key and every migration onto one of its versions, newest first. */
@Injectable()
export class DefinitionAudit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DefinitionRegistry,
  ) {}

  async of(key: string, { page, pageSize }: DefinitionAuditPage) {
    // A key never deployed is unknown (404), as for its versions' XML.
    await this.registry.latest(key);
    const [rows, total] = await this.dataSource
      .getRepository(DefinitionAuditEntity)
      .findAndCount({
        where: { definitionKey: key },
        // seq: rows written at the same instant read in the order they were written
        order: { at: 'DESC', seq: 'DESC' },
        skip: (page - 1) * pageSize,
        take: pageSize,
      });
    return { total, page, pageSize, items: rows.map(entry) };
  }
}
