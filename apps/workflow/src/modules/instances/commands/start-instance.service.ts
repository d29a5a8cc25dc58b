import { Injectable } from '@nestjs/common';
import { DefinitionRegistry } from '../../definitions/registry/definition-registry.service';
import { InstanceStepper } from '../step/instance-stepper.service';
import type { WithinStep } from '../step/step-context';

/** Starts the latest version of a process; the instance keeps that version to its end. */
@Injectable()
export class StartInstance {
  constructor(
    private readonly definitions: DefinitionRegistry,
    private readonly stepper: InstanceStepper,
  ) {}

  async start(
    input: {
      definitionKey: string;
      businessKey: string | null;
      variables: Record<string, unknown>;
      actor: string;
    },
    within?: WithinStep,
  ) {
    const definition = await this.definitions.latest(input.definitionKey);
    return this.stepper.start(
      {
        definition,
        businessKey: input.businessKey,
        variables: input.variables,
        actor: input.actor,
      },
      within,
    );
  }
}
