import { planMigration } from './migration-plan';

const waiting = [
  { id: 'A', name: 'Kontroll', type: 'bpmn:UserTask' },
  { id: 'Timer_1', name: 'Frist', type: 'bpmn:BoundaryEvent' },
];

describe('planMigration', () => {
  it('keeps ids the mapping does not name, and lists each waiting activity the target lacks', () => {
    // given a target with A2 and Timer_1, but no A
    const target = new Set(['A2', 'Timer_1']);
    // when
    const unmapped = planMigration(waiting, {}, (id) => target.has(id));
    const mapped = planMigration(
      waiting,
      { A: 'A2', Timer_1: 'Timer_1' },
      (id) => target.has(id),
    );
    // then
    expect(unmapped.unmatched).toEqual([
      {
        activityId: 'A',
        name: 'Kontroll',
        type: 'bpmn:UserTask',
        targetActivityId: 'A',
      },
    ]);
    expect(mapped).toEqual({ renames: new Map([['A', 'A2']]), unmatched: [] });
  });

  it('refuses a mapping to an activity the target does not have', () => {
    const plan = planMigration(
      waiting,
      { A: 'Nowhere' },
      (id) => id !== 'Nowhere',
    );
    expect(plan.unmatched).toEqual([
      expect.objectContaining({ activityId: 'A', targetActivityId: 'Nowhere' }),
    ]);
  });
});
