import { externalTaskTopics, formKeys } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '@bvr/service-kit';
import { InvalidModelError } from '../domain/definition.errors';
import { ProcessDefinitionEntity } from '../persistence/process-definition.orm-entity';
import { validateModel } from '../validation/validate-model';

const catalog = {
  formKeys: new Set(Object.keys(formKeys)),
  topics: new Set(Object.keys(externalTaskTopics)),
};

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

  async deploy(xml: string, actor: string): Promise<Deployment> {
    const { processKey, processName, problems } = await validateModel(
      xml,
      catalog,
    );
    if (problems.length || !processKey) throw new InvalidModelError(problems);
    const contentHash = createHash('sha256').update(xml.trim()).digest('hex');
    return this.dataSource.transaction(async (em) => {
      // Deploys of one key queue here, so two of them never pick the same version number.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `workflow.deploy:${processKey}`,
      ]);
      const existing = await em.findOneBy(ProcessDefinitionEntity, {
        key: processKey,
        contentHash,
      });
      if (existing) return { definition: existing, created: false };
      const latest = await em.findOne(ProcessDefinitionEntity, {
        where: { key: processKey },
        order: { version: 'DESC' },
      });
      const definition = em.create(ProcessDefinitionEntity, {
        key: processKey,
        version: (latest?.version ?? 0) + 1,
        name: processName,
        xml,
        contentHash,
        deployedAt: this.clock.now(),
        deployedBy: actor,
      });
      await em.save(definition);
      return { definition, created: true };
    });
  }
}
