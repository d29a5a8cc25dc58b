import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DefinitionVersionSummary {
  id: string;
  version: number;
  contentHash: string;
  changeNote: string | null;
  deployedBy: string;
  /** The deployer's name when a person deployed it; null for start-up deploys and machines. */
  deployedByName: string | null;
  deployedAt: Date;
  /** Running instances on this version. */
  runningInstances: number;
  /** Open incidents of running instances on this version. */
  openIncidents: number;
}

export interface DefinitionSummary {
  key: string;
  /** The newest version's name. */
  name: string | null;
  /** Newest first. */
  versions: DefinitionVersionSummary[];
}

interface VersionRow {
  id: string;
  key: string;
  version: number;
  name: string | null;
  content_hash: string;
  change_note: string | null;
  deployed_by: string;
  deployed_by_name: string | null;
  deployed_at: Date;
  running_instances: number;
  open_incidents: number;
}

/** Every version with its counts, in one statement (not one count query per version). */
const VERSIONS_SQL = `
  SELECT d.id, d.key, d.version, d.name, d.content_hash, d.change_note, d.deployed_by,
         d.deployed_by_name, d.deployed_at,
         COALESCE(running.instances, 0)::int AS running_instances,
         COALESCE(incidents.open, 0)::int AS open_incidents
  FROM workflow.process_definition d
  LEFT JOIN (
    SELECT definition_id, count(*) AS instances
    FROM workflow.process_instance
    WHERE status = 'running'
    GROUP BY definition_id
  ) running ON running.definition_id = d.id
  LEFT JOIN (
    SELECT p.definition_id, count(*) AS open
    FROM workflow.incident x
    JOIN workflow.process_instance p ON p.id = x.instance_id
    WHERE x.resolved_at IS NULL AND p.status = 'running'
    GROUP BY p.definition_id
  ) incidents ON incidents.definition_id = d.id
  ORDER BY d.key ASC, d.version DESC`;

/** The admin's list of process definitions; reads rows only, never an engine. */
@Injectable()
export class DefinitionOverview {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<DefinitionSummary[]> {
    const rows: VersionRow[] = await this.dataSource.query(VERSIONS_SQL);
    const byKey = new Map<string, DefinitionSummary>();
    for (const row of rows) {
      const entry = byKey.get(row.key) ?? {
        key: row.key,
        name: row.name,
        versions: [],
      };
      entry.versions.push({
        id: row.id,
        version: row.version,
        contentHash: row.content_hash,
        changeNote: row.change_note,
        deployedBy: row.deployed_by,
        deployedByName: row.deployed_by_name,
        deployedAt: row.deployed_at,
        runningInstances: row.running_instances,
        openIncidents: row.open_incidents,
      });
      byKey.set(row.key, entry);
    }
    return [...byKey.values()];
  }
}
