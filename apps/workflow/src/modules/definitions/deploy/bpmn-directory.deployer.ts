import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WorkflowConfig } from '../../../config/env';
import { InvalidModelError } from '../domain/definition.errors';
import { DeployDefinition } from './deploy-definition.service';

/** Deploys the models in BPMN_DIR at start-up; a model that does not validate stops the start. */
@Injectable()
export class BpmnDirectoryDeployer implements OnApplicationBootstrap {
  private readonly logger = new Logger(BpmnDirectoryDeployer.name);

  constructor(
    private readonly deployer: DeployDefinition,
    private readonly config: WorkflowConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = resolve(this.config.env.BPMN_DIR);
    const files = (await readdir(dir))
      .filter((file) => file.endsWith('.bpmn'))
      .sort();
    for (const file of files) {
      const xml = await readFile(join(dir, file), 'utf8');
      try {
        const { definition, created } = await this.deployer.deploy(xml, {
          actor: `system:${file}`,
          unchangedWhen: 'any-version',
        });
        if (created)
          this.logger.log(
            { key: definition.key, version: definition.version },
            `deployed ${file}`,
          );
      } catch (error) {
        if (error instanceof InvalidModelError) {
          const problems = error.problems
            .map((p) => `${p.elementId ?? '(model)'}: ${p.message}`)
            .join('; ');
          throw new Error(`${join(dir, file)} cannot be deployed: ${problems}`);
        }
        throw error;
      }
    }
  }
}
