import type { Principal } from '@bvr/auth';
import { type ConcernMessage, Role } from '@bvr/contracts';
import { Clock } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConcernMessagesRepository,
  type MessageRow,
  type UnitFilter,
} from '../messages/concern-messages.repository';
import { MessageContent } from '../messages/message-content';
import { renderConcernPdf } from '../messages/pdf/concern-pdf';
import { WorkflowCommandsSender } from '../intake/workflow-commands.sender';
import {
  AlreadyHandledError,
  MessageForbiddenError,
  MessageGoneError,
  MessageNotFoundError,
  NotDownloadedError,
} from './receipt.errors';
import {
  receivedMessageView,
  type ReceivedMessageView,
} from './received-message.view';

/**
 * «Motta bekymringsmeldinger»: a caseworker lists the unit's messages, downloads one as PDF and
 * confirms it once it is in the case system. Every download and confirm is audited (who, when), and
 * a confirm deletes the content. Each takes the message's row lock, so a confirm, a download and
 * the letter post never cross.
 */
@Injectable()
export class ReceiveMessages {
  constructor(
    private readonly messages: ConcernMessagesRepository,
    private readonly contents: MessageContent,
    private readonly commands: WorkflowCommandsSender,
    private readonly clock: Clock,
  ) {}

  async list(caller: Principal): Promise<ReceivedMessageView[]> {
    const rows = await this.messages.list(unitsOf(caller));
    return rows.map(receivedMessageView);
  }

  async one(caller: Principal, id: string): Promise<ReceivedMessageView> {
    return receivedMessageView(
      this.allowed(caller, await this.messages.find(id)),
    );
  }

  /** The message as PDF; the download is recorded in the same transaction. */
  async download(
    caller: Principal,
    id: string,
  ): Promise<{ referanse: string; pdf: Buffer }> {
    return this.messages.transaction(async (manager) => {
      const row = this.allowed(caller, await this.messages.lock(manager, id));
      const message = await this.content(manager, row);
      const pdf = await renderConcernPdf({
        ...message,
        referanse: row.referanse,
      });
      const now = this.clock.now();
      await this.messages.update(manager, id, {
        downloads: row.downloads + 1,
        last_download_by: caller.id,
        last_download_at: now,
      });
      await this.messages.audit(manager, id, 'downloaded', caller.id, now);
      return { referanse: row.referanse, pdf };
    });
  }

  /** «Bekreft»: the message is in the case system; its content is deleted and it will not go by post. */
  async confirm(caller: Principal, id: string): Promise<ReceivedMessageView> {
    const confirmed = await this.messages.transaction(async (manager) => {
      const row = this.allowed(caller, await this.messages.lock(manager, id));
      if (row.downloads === 0)
        throw new NotDownloadedError(
          'Last ned meldingen og legg den i fagsystemet før du bekrefter. En bekreftet melding slettes og kan ikke sendes som brevpost.',
        );
      return this.markConfirmed(manager, row, caller.id);
    });
    await this.commands.confirmed(confirmed);
    return receivedMessageView(confirmed);
  }

  /**
   * The workflow's «Bekreft mottak» (the task completed in the inbox): the same confirm, by the
   * task's completer. Done already, or sent by post meanwhile: nothing more to do.
   */
  async confirmFromWorkflow(id: string, completedBy: string): Promise<boolean> {
    return this.messages.transaction(async (manager) => {
      const row = await this.messages.lock(manager, id);
      if (!row || row.confirmed_at || !row.content) return false;
      await this.markConfirmed(manager, row, completedBy);
      return true;
    });
  }

  private async markConfirmed(
    manager: EntityManager,
    row: MessageRow,
    actor: string,
  ): Promise<MessageRow> {
    if (row.confirmed_at)
      throw new AlreadyHandledError(
        `Meldingen er allerede bekreftet (${row.confirmed_at.toISOString()}).`,
      );
    if (!row.content || row.status !== 'AKSEPTERT')
      throw new AlreadyHandledError(
        'Meldingen er allerede sendt som brevpost eller levert, og kan ikke bekreftes her.',
      );
    const now = this.clock.now();
    await this.messages.update(manager, row.id, {
      status: 'LEVERT',
      confirmed_by: actor,
      confirmed_at: now,
      deleteContentAt: now,
    });
    await this.messages.audit(manager, row.id, 'confirmed', actor, now);
    return {
      ...row,
      content: null,
      status: 'LEVERT',
      confirmed_by: actor,
      confirmed_at: now,
    };
  }

  private async content(
    manager: EntityManager,
    row: MessageRow,
  ): Promise<ConcernMessage> {
    const message = await this.contents.read(manager, row);
    if (!message)
      throw new MessageGoneError(
        'Meldingen er ikke lenger lagret her: den er bekreftet, sendt som brevpost eller levert til fagsystemet.',
      );
    return message;
  }

  private allowed(caller: Principal, row: MessageRow | null): MessageRow {
    if (!row) throw new MessageNotFoundError('Vi fant ikke meldingen.');
    if (!caller.covers([Role.CONCERN_CASEWORKER], { unitId: row.unit_id }))
      throw new MessageForbiddenError(
        'Du har ikke tilgang til bekymringsmeldinger for denne enheten.',
      );
    return row;
  }
}

/** The units a caseworker's grants name: a kommune covers its bydeler. */
function unitsOf(caller: Principal): UnitFilter {
  const filter: UnitFilter = { kommuner: [], units: [] };
  for (const { scope } of caller.grantsOf(Role.CONCERN_CASEWORKER))
    if (scope.type === 'unit')
      (scope.id.length === 4 ? filter.kommuner : filter.units).push(scope.id);
  return filter;
}
