import {
  rawClient as rawServiceClient,
  rowCounts as serviceRowCounts,
} from '@bvr/service-kit/testing';
import type { DataSource } from 'typeorm';
import { eventually } from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  admin,
  type TestCaller,
  type WorkflowTestApp,
  type WorkflowWorld,
} from '../support/workflow-test-app';

export {
  fillPath,
  openApiOperations,
  type Operation,
  type RawReply,
} from '@bvr/service-kit/testing';

/** A caller of the workflow API; a case system (fagsystem) signs in as a machine. */
export interface SecurityCaller extends TestCaller {
  kind?: 'person' | 'machine';
}

const bearer = (world: WorkflowWorld) => (caller: SecurityCaller) =>
  world.tokens.bearer({
    audience: 'workflow',
    sub: caller.id,
    grants: caller.grants,
    kind: caller.kind,
  });

/** Raw JSON requests to the workflow app, as a caller with a token signed by the world's keys. */
export function rawClient(world: WorkflowWorld, api: WorkflowTestApp) {
  return rawServiceClient(api.app, bearer(world));
}

/** As {@link rawClient}, with the body sent as XML: the definitions are uploaded as their BPMN. */
export function rawXmlClient(world: WorkflowWorld, api: WorkflowTestApp) {
  return rawServiceClient(api.app, bearer(world), 'application/xml');
}

export function rowCounts(dataSource: DataSource) {
  return serviceRowCounts(dataSource, 'workflow');
}

/**
 * Waits until nothing moves in the schema any more (the relay, the notification handlers): a spec
 * comparing row counts before and after a refused call must not see a step of someone else.
 */
export async function settled(dataSource: DataSource): Promise<void> {
  let previous = '';
  await eventually(async () => {
    const [counts, [{ pending }]] = await Promise.all([
      rowCounts(dataSource),
      dataSource.query(
        `SELECT count(*)::int AS pending FROM workflow.outbox WHERE relayed_at IS NULL`,
      ),
    ]);
    const now = JSON.stringify(counts);
    const still = now === previous && pending === 0;
    previous = now;
    if (!still) await new Promise((resolve) => setTimeout(resolve, 250));
    return still;
  });
}

export interface ControlTask {
  instanceId: string;
  taskId: string;
  businessKey: string;
}

/**
 * A submitted Bergen report waiting for the control of Statsforvalteren i Vestland (candidate group
 * `statsforvalter:sf-vestland`), its e-mail to the office already answered.
 */
export async function startControlTask(
  api: WorkflowTestApp,
  overrides: Record<string, unknown> = {},
): Promise<ControlTask> {
  const start = halvarsrapportStart(overrides);
  const started = await api.call('POST', '/process-instances', {
    principal: admin,
    body: start,
  });
  if (started.status !== 201)
    throw new Error(`could not start: ${started.text}`);
  const instanceId = started.body.id as string;
  await eventually(async () => {
    const instance = await api.call('GET', `/process-instances/${instanceId}`);
    return instance.body.currentActivities.length === 1;
  });
  return {
    instanceId,
    taskId: started.body.tasks[0].id as string,
    businessKey: start.businessKey,
  };
}

/** Completes the control task as the office does; `approved: false` returns the report. */
export async function controlled(
  api: WorkflowTestApp,
  task: ControlTask,
  outcome: { approved: boolean; returnMessage?: string },
  caller: TestCaller,
): Promise<void> {
  const reply = await api.call('POST', `/tasks/${task.taskId}/complete`, {
    principal: caller,
    body: { idempotencyKey: `control-${task.taskId}`, variables: outcome },
  });
  if (reply.status !== 200) throw new Error(`could not control: ${reply.text}`);
}

/** The pending external job of an instance at `elementId`, once it is there. */
export function pendingJob(
  dataSource: DataSource,
  instanceId: string,
  elementId: string,
): Promise<string> {
  return eventually(async () => {
    const rows: Array<{ id: string }> = await dataSource.query(
      `SELECT id FROM workflow.external_job WHERE instance_id = $1 AND element_id = $2 AND status = 'pending'`,
      [instanceId, elementId],
    );
    return rows[0]?.id;
  });
}
