import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DefinitionRegistry } from '../definitions/registry/definition-registry.service';
import { InstanceStepper } from '../instances/step/instance-stepper.service';
import type { WithinStep } from '../instances/step/step-context';
import { MessageSubscriptionEntity } from './persistence/message-subscription.orm-entity';

/** No single instance took the message; `reason` tells a retry that may still succeed from one that cannot. */
export class MessageNotCorrelatedError extends DomainError {
  readonly code = ErrorCode.MESSAGE_NOT_CORRELATED;

  constructor(
    message: string,
    readonly reason: 'none-waiting' | 'several-waiting',
  ) {
    super(message);
  }
}

/** Delivers a named message to the one instance with that business key that is waiting for it. */
@Injectable()
export class CorrelateMessage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepper: InstanceStepper,
    private readonly definitions: DefinitionRegistry,
  ) {}

  /** Correlates in one step of the instance; `within` adds the caller's own rows to it, first. */
  async correlate(
    input: {
      name: string;
      businessKey: string;
      variables: Record<string, unknown>;
      actor: string;
    },
    within?: WithinStep,
  ) {
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
        subscriptions.length ? 'several-waiting' : 'none-waiting',
      );
    }
    const [subscription] = subscriptions;
    return this.stepper.step(
      subscription.instanceId,
      input.actor,
      async ({ em, instance, run, note }) => {
        await within?.(em, instance);
        const current = await em.findOneBy(MessageSubscriptionEntity, {
          id: subscription.id,
        });
        if (!current) {
          throw new MessageNotCorrelatedError(
            `The instance stopped waiting for "${input.name}" before the message arrived`,
            'none-waiting',
          );
        }
        const compiled = await this.definitions.compile(instance.definitionId);
        const messageId = compiled.messageIds.get(input.name) ?? input.name;
        const delivered = await run.correlateMessage(
          current.executionId,
          messageId,
          input.variables,
        );
        if (!delivered) {
          throw new MessageNotCorrelatedError(
            `The instance is not waiting for "${input.name}" at "${current.elementId}"`,
            'none-waiting',
          );
        }
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
