import { FixedClock } from '@bvr/service-kit';
import { linearModel } from '../../test/support/linear-model';
import { compileDefinition, CompiledDefinition } from './compiled-definition';
import { EngineRun } from './engine-run';
import { rewriteStateIds } from './migrate-state';

const clock = new FixedClock(new Date('2026-11-25T09:00:00Z'));
const definitionsId = (compiled: CompiledDefinition) =>
  (compiled.sourceContext as { id: string }).id;

describe('rewriteStateIds', () => {
  it('renames element ids and leaves execution ids and instance data alone', () => {
    // given
    const state = {
      definitions: [
        {
          id: 'Defs_1',
          execution: { children: [{ id: 'A', executionId: 'A_1' }] },
        },
      ],
      broker: { content: { id: 'A', targetId: 'A', sourceId: 'start' } },
      environment: { variables: { id: 'A', choice: 'A' }, output: { id: 'A' } },
    };
    // when
    const rewritten = rewriteStateIds(
      state,
      new Map([
        ['A', 'A2'],
        ['Defs_1', 'Defs_2'],
      ]),
    );
    // then
    expect(rewritten).toEqual({
      definitions: [
        {
          id: 'Defs_2',
          execution: { children: [{ id: 'A2', executionId: 'A_1' }] },
        },
      ],
      broker: { content: { id: 'A2', targetId: 'A2', sourceId: 'start' } },
      environment: { variables: { id: 'A', choice: 'A' }, output: { id: 'A' } },
    });
    expect(state.broker.content.id).toBe('A');
  });

  it('lets an instance waiting at A resume on a version where A is A2, followed by B', async () => {
    // given an instance of v1 waiting at A
    const v1 = await compileDefinition({
      id: 'v1',
      key: 'migr',
      version: 1,
      xml: linearModel('migr', [{ id: 'A' }]),
    });
    const v2 = await compileDefinition({
      id: 'v2',
      key: 'migr',
      version: 2,
      xml: linearModel('migr', [{ id: 'A2' }, { id: 'B' }], {
        definitionsId: 'Defs_other',
      }),
    });
    const started = new EngineRun(v1, clock);
    await started.start({ x: 1 });
    const [task] = started.effects.userTasks;
    const { state } = await started.snapshot();

    // when its state is rewritten for v2 and recovered there
    const moved = new EngineRun(v2, clock);
    await moved.recover(
      rewriteStateIds(
        state,
        new Map([
          ['A', 'A2'],
          [definitionsId(v1), definitionsId(v2)],
        ]),
      ),
    );

    // then it waits at A2 with the same execution, and completing it leads to B
    expect((await moved.snapshot()).currentActivities).toEqual([
      { id: 'A2', name: 'Task A2', type: 'bpmn:UserTask' },
    ]);
    expect(moved.effects.userTasks).toEqual([]);
    expect(await moved.completeUserTask(task.executionId, { y: 2 })).toBe(true);
    expect(moved.effects.userTasks).toEqual([
      expect.objectContaining({ elementId: 'B' }),
    ]);
    expect((await moved.snapshot()).variables).toEqual({ x: 1, y: 2 });
  });
});
