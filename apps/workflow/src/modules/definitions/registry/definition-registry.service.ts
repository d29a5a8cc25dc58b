import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CompiledDefinition,
  compileDefinition,
} from '../../../engine/compiled-definition';
import { UnknownDefinitionError } from '../domain/definition.errors';
import { ProcessDefinitionEntity } from '../persistence/process-definition.orm-entity';

/** Deployed versions by key, and each version parsed once for the engine (versions never change). */
@Injectable()
export class DefinitionRegistry {
  private readonly compiled = new Map<string, Promise<CompiledDefinition>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latest(key: string): Promise<ProcessDefinitionEntity> {
    const definition = await this.dataSource
      .getRepository(ProcessDefinitionEntity)
      .findOne({
        where: { key },
        order: { version: 'DESC' },
      });
    if (!definition)
      throw new UnknownDefinitionError(
        `No process definition with key "${key}" is deployed`,
      );
    return definition;
  }

  async version(
    key: string,
    version: number,
  ): Promise<ProcessDefinitionEntity> {
    const definition = await this.dataSource
      .getRepository(ProcessDefinitionEntity)
      .findOneBy({ key, version });
    if (!definition)
      throw new UnknownDefinitionError(
        `No version ${version} of "${key}" is deployed`,
      );
    return definition;
  }

  compile(definitionId: string): Promise<CompiledDefinition> {
    let compiled = this.compiled.get(definitionId);
    if (!compiled) {
      compiled = this.load(definitionId);
      this.compiled.set(definitionId, compiled);
      compiled.catch(() => this.compiled.delete(definitionId));
    }
    return compiled;
  }

  private async load(definitionId: string): Promise<CompiledDefinition> {
    const definition = await this.dataSource
      .getRepository(ProcessDefinitionEntity)
      .findOneByOrFail({ id: definitionId });
    return compileDefinition(definition);
  }
}
