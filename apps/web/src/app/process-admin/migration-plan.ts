/** The pure part of «Flytt til en annen versjon»: the target's activities and the mapping. */

const BPMN_MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** The BPMN elements an instance can wait at (what a mapping may point to). */
const WAIT_STATES = new Set([
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'task',
  'callActivity',
  'subProcess',
  'intermediateCatchEvent',
  'boundaryEvent',
  'eventBasedGateway',
]);

export interface TargetActivity {
  readonly id: string;
  readonly name: string;
}

/** The activities of a version's XML, in document order; an unreadable XML has none. */
export function waitStatesOf(
  xml: string,
  parser: DOMParser = new DOMParser(),
): TargetActivity[] {
  const document = parser.parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return [];
  return Array.from(document.getElementsByTagNameNS(BPMN_MODEL, '*'))
    .filter((element) => WAIT_STATES.has(element.localName))
    .map((element) => ({
      id: element.getAttribute('id') ?? '',
      name: element.getAttribute('name') ?? '',
    }))
    .filter((activity) => activity.id !== '');
}

/** Each activity the instance waits at, to the target's activity with the same id, else unset (''). */
export function defaultMapping(
  current: readonly { readonly id: string }[],
  target: readonly TargetActivity[],
): Record<string, string> {
  const ids = new Set(target.map((activity) => activity.id));
  return Object.fromEntries(
    current.map(({ id }) => [id, ids.has(id) ? id : '']),
  );
}

/** Why the mapping cannot be sent yet, in Norwegian, or null. */
export function mappingProblem(
  current: readonly { readonly id: string; readonly name: string | null }[],
  mapping: Readonly<Record<string, string>>,
  targetVersion: number,
): string | null {
  const missing = current.find(({ id }) => !mapping[id]);
  return missing
    ? `Velg hvilken aktivitet i versjon ${targetVersion} som tar over «${missing.name ?? missing.id}».`
    : null;
}

/** Only the activities that change id: the service keeps the others as they are. */
export function changedMapping(
  mapping: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapping).filter(([from, to]) => to !== '' && to !== from),
  );
}

export const activityOptionLabel = (activity: TargetActivity): string =>
  activity.name ? `${activity.name} (${activity.id})` : activity.id;
