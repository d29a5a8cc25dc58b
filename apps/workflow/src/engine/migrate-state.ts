import type { EngineState } from './engine-run';

/** Keys under which bpmn-elements stores the id of an element (or of the definitions) it refers to. */
const ID_KEYS = new Set(['id', 'targetId', 'sourceId']);
/** Instance data: never rewritten, whatever it holds. */
const DATA_KEYS = new Set(['variables', 'output']);

/**
 * The stored state of an instance, made to resume on another version of its definition: every
 * element id in `ids` (source → target; activities renamed by a migration's mapping, and the
 * `bpmn:definitions` id, which bpmn-engine matches the source on) is replaced. Execution ids stay:
 * task, timer and job rows refer to them. Elements the target lacks are skipped on recover.
 */
export function rewriteStateIds(
  state: EngineState,
  ids: ReadonlyMap<string, string>,
): EngineState {
  return rewrite(state, ids) as EngineState;
}

function rewrite(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, ids));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (DATA_KEYS.has(key)) return [key, item];
      if (ID_KEYS.has(key) && typeof item === 'string')
        return [key, ids.get(item) ?? item];
      return [key, rewrite(item, ids)];
    }),
  );
}
