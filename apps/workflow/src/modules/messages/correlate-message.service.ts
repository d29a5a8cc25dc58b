import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DefinitionRegistry } from '../definitions/registry/definition-registry.service';
import { InstanceStepper } from '../instances/step/instance-stepper.service';
import { MessageSubscriptionEntity } from './persistence/message-subscription.orm-entity';

class MessageNotCorrelatedError extends DomainError {
  readonly code = ErrorCode.MESSAGE_NOT_CORRELATED;
}

/** Delivers a named message to the one instance with that business key that is waiting for it. */
@Injectable()
export class CorrelateMessage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepper: InstanceStepper,
    private readonly definitions: DefinitionRegistry,
  ) {}

  async correlate(input: {
    name: string;
    businessKey: string;
    variables: Record<string, unknown>;
    actor: string;
  }) {
    const subscriptions = await this.dataSource
      .getRepository(MessageSubscriptionEntity)
      .find({
        where: { messageName: input.name, businessKey: input.businessKey },
        take: 2,
      });
    if (subscriptions.length !== 1) {
      throw new MessageNotCorrelatedError(
        subscriptions.length
          ? `Several instances with business key "${input.businessKey}" wait for "${input.name}"; refusing to guess`
          : `No instance with business key "${input.businessKey}" is waiting for the message "${input.name}"`,
      );
    }
    const [subscription] = subscriptions;
    return this.stepper.step(
      subscription.instanceId,
      input.actor,
      async ({ em, instance, run, note }) => {
        const current = await em.findOneBy(MessageSubscriptionEntity, {
          id: subscription.id,
        });
        if (!current) {
          throw new MessageNotCorrelatedError(
            `The instance stopped waiting for "${input.name}" before the message arrived`,
          );
        }
        const compiled = await this.definitions.compile(instance.definitionId);
        const messageId = compiled.messageIds.get(input.name) ?? input.name;
        await run.correlateMessage(
          current.executionId,
          messageId,
          input.variables,
        );
        note({
          type: 'message.correlated',
          elementId: current.elementId,
          executionId: current.executionId,
          data: { name: input.name },
        });
        return { processInstanceId: instance.id };
      },
    );
  }
}
