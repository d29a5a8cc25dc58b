import { Module } from '@nestjs/common';
import {
  AlertKommuneWorker,
  ConfirmReceiptWorker,
  DeliverSvarInnWorker,
  DispatchLetterWorker,
} from './delivery/delivery.workers';
import { DeliverMessages } from './delivery/deliver-messages.service';
import { PrintSpool } from './delivery/print-spool';
import { KommuneKeys } from './encryption/kommune-keys';
import { IntakeHttpController } from './intake/intake.http.controller';
import { ReceiveConcern } from './intake/receive-concern.service';
import { ReceiptOutbox } from './intake/receipt-outbox';
import { ReceiptOutboxSweeper } from './intake/receipt-outbox.sweeper';
import { UnsentCommandsSweeper } from './intake/unsent-commands.sweeper';
import { WorkflowCommandsSender } from './intake/workflow-commands.sender';
import { ConcernMessagesRepository } from './messages/concern-messages.repository';
import { MessageContent } from './messages/message-content';
import { ReceiveMessagesHttpController } from './receipt/receive-messages.http.controller';
import { ReceiveMessages } from './receipt/receive-messages.service';
import { RetentionSweeper } from './retention/retention.sweeper';
import { ConcernSetupHttpController } from './setup/concern-setup.http.controller';
import { ConcernSetup } from './setup/concern-setup.service';
import { ReceivingUnitsRepository } from './setup/receiving-units.repository';

/** Intake, set-up, «Motta bekymringsmeldinger» and delivery: one store, so one module. */
@Module({
  controllers: [
    IntakeHttpController,
    ConcernSetupHttpController,
    ReceiveMessagesHttpController,
  ],
  providers: [
    KommuneKeys,
    ReceivingUnitsRepository,
    ConcernMessagesRepository,
    MessageContent,
    ConcernSetup,
    ReceiveConcern,
    ReceiptOutbox,
    ReceiptOutboxSweeper,
    WorkflowCommandsSender,
    UnsentCommandsSweeper,
    ReceiveMessages,
    DeliverMessages,
    PrintSpool,
    AlertKommuneWorker,
    DispatchLetterWorker,
    DeliverSvarInnWorker,
    ConfirmReceiptWorker,
    RetentionSweeper,
  ],
})
export class BekymringsmeldingFeatureModule {}
