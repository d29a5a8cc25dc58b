import { AuthModule, authOptionsFromEnv } from '@bvr/auth';
import { externalTaskResult, workflowCommand } from '@bvr/contracts';
import {
  DomainErrorFilter,
  platformModules,
  Clock,
  SystemClock,
} from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Env, WorkflowConfig } from './config/env';
import { database } from './database';
import { EngineCache } from './engine/engine-cache';
import { WorkflowCommandWorker } from './modules/commands/workflow-command.worker';
import { WorkflowCommands } from './modules/commands/workflow-commands.service';
import { DefinitionsHttpController } from './modules/definitions/definitions.http.controller';
import { BpmnDirectoryDeployer } from './modules/definitions/deploy/bpmn-directory.deployer';
import { DeployDefinition } from './modules/definitions/deploy/deploy-definition.service';
import { DefinitionRegistry } from './modules/definitions/registry/definition-registry.service';
import { ActivityCounts } from './modules/definitions/queries/activity-counts.service';
import { DefinitionAudit } from './modules/definitions/queries/definition-audit.service';
import { DefinitionOverview } from './modules/definitions/queries/definition-overview.service';
import { CancelInstance } from './modules/instances/commands/cancel-instance.service';
import { MigrateInstance } from './modules/instances/commands/migrate-instance.service';
import { StartInstance } from './modules/instances/commands/start-instance.service';
import { InstancesHttpController } from './modules/instances/instances.http.controller';
import { InstanceQueries } from './modules/instances/queries/instance-queries.service';
import { AfterCommit } from './modules/instances/step/after-commit.service';
import { InstanceStepper } from './modules/instances/step/instance-stepper.service';
import { StepEffectsWriter } from './modules/instances/step/step-effects.writer';
import { IncidentsHttpController } from './modules/jobs/incidents/incidents.http.controller';
import { Incidents } from './modules/jobs/incidents/incidents.service';
import { OutboxRelay } from './modules/jobs/relay/outbox-relay.service';
import { QueueRegistry } from './modules/jobs/relay/queue-registry.service';
import { StalledJobSweeper } from './modules/jobs/relay/stalled-job.sweeper';
import { JobResultWorker } from './modules/jobs/results/job-result.worker';
import { JobResults } from './modules/jobs/results/job-results.service';
import { CorrelateMessage } from './modules/messages/correlate-message.service';
import { MessagesHttpController } from './modules/messages/messages.http.controller';
import { TaskCommands } from './modules/tasks/commands/task-commands.service';
import { TaskQueries } from './modules/tasks/queries/task-queries.service';
import { TasksHttpController } from './modules/tasks/tasks.http.controller';
import { TimerFiring } from './modules/timers/scheduling/timer-firing.service';
import { fireTimer } from './modules/timers/scheduling/timer-queue';
import { TimerScheduler } from './modules/timers/scheduling/timer-scheduler.service';
import { TimerSweeper } from './modules/timers/scheduling/timer-sweeper.service';
import { TimerWorker } from './modules/timers/scheduling/timer.worker';

export function workflowModule(env: Env): Type {
  @Module({
    imports: [
      ...platformModules({
        service: 'workflow',
        env,
        database,
        queues: [externalTaskResult, fireTimer, workflowCommand],
      }),
      AuthModule.forRoot(authOptionsFromEnv(env, 'workflow')),
    ],
    controllers: [
      DefinitionsHttpController,
      InstancesHttpController,
      TasksHttpController,
      MessagesHttpController,
      IncidentsHttpController,
    ],
    providers: [
      { provide: WorkflowConfig, useValue: { env } },
      { provide: Clock, useClass: SystemClock },
      {
        provide: EngineCache,
        useValue: new EngineCache(env.ENGINE_CACHE_SIZE),
      },
      { provide: APP_FILTER, useClass: DomainErrorFilter },
      DefinitionRegistry,
      DeployDefinition,
      BpmnDirectoryDeployer,
      DefinitionOverview,
      ActivityCounts,
      DefinitionAudit,
      StepEffectsWriter,
      AfterCommit,
      InstanceStepper,
      StartInstance,
      CancelInstance,
      MigrateInstance,
      InstanceQueries,
      TaskQueries,
      TaskCommands,
      CorrelateMessage,
      QueueRegistry,
      OutboxRelay,
      StalledJobSweeper,
      JobResults,
      JobResultWorker,
      Incidents,
      TimerScheduler,
      TimerFiring,
      TimerSweeper,
      TimerWorker,
      WorkflowCommands,
      WorkflowCommandWorker,
    ],
  })
  class WorkflowModule {}
  return WorkflowModule;
}
