import type { ServiceDatabase } from '@bvr/service-kit';
import { CreateWorkflow1764100000000 } from './migrations/1764100000000-create-workflow';
import { CreateProcessedCommand1764200000000 } from './migrations/1764200000000-create-processed-command';
import { AddDefinitionAudit1764300000000 } from './migrations/1764300000000-add-definition-audit';
import { AllowRedeployingOldContent1764400000000 } from './migrations/1764400000000-allow-redeploying-old-content';
import { IndexPendingJobs1764500000000 } from './migrations/1764500000000-index-pending-jobs';
import { AddTaskSearchText1764600000000 } from './migrations/1764600000000-add-task-search-text';
import { DefinitionAuditEntity } from './modules/definitions/persistence/definition-audit.orm-entity';
import { ProcessedCommandEntity } from './modules/commands/persistence/processed-command.orm-entity';
import { ProcessDefinitionEntity } from './modules/definitions/persistence/process-definition.orm-entity';
import { HistoryEventEntity } from './modules/instances/persistence/history-event.orm-entity';
import { ProcessInstanceEntity } from './modules/instances/persistence/process-instance.orm-entity';
import { ExternalJobEntity } from './modules/jobs/persistence/external-job.orm-entity';
import { IncidentEntity } from './modules/jobs/persistence/incident.orm-entity';
import { OutboxMessageEntity } from './modules/jobs/persistence/outbox-message.orm-entity';
import { MessageSubscriptionEntity } from './modules/messages/persistence/message-subscription.orm-entity';
import { UserTaskEntity } from './modules/tasks/persistence/user-task.orm-entity';
import { TimerEntity } from './modules/timers/persistence/timer.orm-entity';

export const database: ServiceDatabase = {
  schema: 'workflow',
  entities: [
    ProcessDefinitionEntity,
    ProcessInstanceEntity,
    HistoryEventEntity,
    UserTaskEntity,
    TimerEntity,
    MessageSubscriptionEntity,
    ExternalJobEntity,
    OutboxMessageEntity,
    IncidentEntity,
    ProcessedCommandEntity,
    DefinitionAuditEntity,
  ],
  migrations: [
    CreateWorkflow1764100000000,
    CreateProcessedCommand1764200000000,
    AddDefinitionAudit1764300000000,
    AllowRedeployingOldContent1764400000000,
    IndexPendingJobs1764500000000,
    AddTaskSearchText1764600000000,
  ],
};
