import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '@bvr/service-kit';
import type { JsonObject } from '../../../shared/json-column';
import { InvalidModelError } from '../domain/definition.errors';
import { DefinitionAuditEntity } from '../persistence/definition-audit.orm-entity';
import { ProcessDefinitionEntity } from '../persistence/process-definition.orm-entity';
import { deployCatalog } from '../validation/model-catalog';
import { validateModel } from '../validation/validate-model';
import {
  DECLARATIONS_PROBLEM,
  hasDeclarations,
} from '../validation/xml-declarations';

/**
 * When a model counts as already deployed. `any-version`: the start-up deployer, so a file in
 * `bpmn/` never undoes what an admin published since. `latest`: an admin's deploy, so publishing
 * an older version's model again (a rollback) makes it the newest version.
 */
export type UnchangedWhen = 'any-version' | 'latest';

export interface DeployRequest {
  /** Who deploys: a person's or machine's id, or `system:<file>` for the start-up deployer. */
  actor: string;
  actorName?: string | null;
  changeNote?: string | null;
  unchangedWhen?: UnchangedWhen;
}

export interface Deployment {
  definition: ProcessDefinitionEntity;
  /** False when the same model (by content hash) was already deployed: no new version. */
  created: boolean;
}

/** Validates a model and stores it as the next version of its process key, unless unchanged. */
@Injectable()
export class DeployDefinition {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async deploy(
    xml: string,
    {
      actor,
      actorName = null,
      changeNote = null,
      unchangedWhen = 'latest',
    }: DeployRequest,
  ): Promise<Deployment> {
    assertNoDeclarations(xml);
    const { processKey, processName, problems } = await validateModel(
      xml,
      deployCatalog,
    );
    if (problems.length || !processKey) throw new InvalidModelError(problems);
    const contentHash = createHash('sha256').update(xml.trim()).digest('hex');
    return this.dataSource.transaction(async (em) => {
      // Deploys of one key queue here, so two of them never pick the same version number.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `workflow.deploy:${processKey}`,
      ]);
      const latest = await em.findOne(ProcessDefinitionEntity, {
        where: { key: processKey },
        order: { version: 'DESC' },
      });
      const existing =
        unchangedWhen === 'latest'
          ? latest?.contentHash === contentHash
            ? latest
            : null
          : await em.findOneBy(ProcessDefinitionEntity, {
              key: processKey,
              contentHash,
            });
      if (existing) return { definition: existing, created: false };
      const now = this.clock.now();
      const definition = em.create(ProcessDefinitionEntity, {
        key: processKey,
        version: (latest?.version ?? 0) + 1,
        name: processName,
        xml,
        contentHash,
        deployedAt: now,
        deployedBy: actor,
        deployedByName: actorName,
        changeNote,
      });
      await em.save(definition);
      const details: JsonObject = {
        definitionId: definition.id,
        contentHash,
        changeNote,
        actorName,
      };
      await em.insert(DefinitionAuditEntity, {
        action: 'deployed',
        definitionKey: definition.key,
        version: definition.version,
        actor,
        at: now,
        details,
      });
      return { definition, created: true };
    });
  }
}

/** Checked before any parser reads the file: see {@link hasDeclarations}. */
export function assertNoDeclarations(xml: string): void {
  if (hasDeclarations(xml))
    throw new InvalidModelError([{ ...DECLARATIONS_PROBLEM }]);
}
