import type { WorkflowCommand } from '@bvr/contracts';
import type { MessageRow } from '../messages/concern-messages.repository';

/** The start of the message's `bekymringsmelding` process: ids and dates only, never content. */
export function startCommandOf(
  message: Pick<
    MessageRow,
    | 'id'
    | 'referanse'
    | 'unit_id'
    | 'channel'
    | 'letter_post_at'
    | 'mottaker'
    | 'received_at'
  >,
): WorkflowCommand {
  return {
    command: 'start',
    commandId: `bekymringsmelding-start-${message.id}`,
    definitionKey: 'bekymringsmelding',
    businessKey: message.id,
    variables: {
      messageId: message.id,
      unitId: message.unit_id,
      viaSvarInn: message.channel === 'svarinn',
      letterPostAt: message.letter_post_at.toISOString(),
      recipientName: message.mottaker,
      // The inbox's columns (reference, reporting unit, submitted at).
      reference: message.referanse,
      reportingUnitId: message.unit_id,
      reportingUnitName: message.mottaker,
      submittedAt: message.received_at.toISOString(),
    },
    requestedBy: 'bekymringsmelding',
  };
}
