/** Something in a BPMN model that blocks its deployment. */
export interface ModelProblem {
  /** The offending element, or null when the problem concerns the whole file. */
  elementId: string | null;
  /** `xml`, `bpmnlint/<rule>` or `bvr/<rule>`. */
  rule: string;
  /** One English sentence a modeller can act on. */
  message: string;
}

/** The part of a bpmn-moddle element the validator relies on. */
export interface ModdleElement {
  readonly $type: string;
  readonly $parent?: ModdleElement;
  readonly id?: string;
  readonly name?: string;
  get(property: string): unknown;
  $instanceOf(type: string): boolean;
}

export function problem(
  element: ModdleElement | null,
  rule: string,
  message: string,
): ModelProblem {
  return { elementId: element?.id ?? null, rule, message };
}

/** A problem whose message starts with the element, e.g. `User task "Kontroll" (Task_1) has …`. */
export function elementProblem(
  element: ModdleElement,
  rule: string,
  predicate: string,
): ModelProblem {
  return problem(element, rule, `${describeElement(element)} ${predicate}`);
}

/** `User task "Kontroll statsforvalter" (Task_kontroll)`, or `User task Task_kontroll` without a name. */
export function describeElement(element: ModdleElement): string {
  const kind = typeLabel(element.$type);
  const name = element.name?.replace(/\s+/g, ' ').trim();
  const id = element.id ?? '(without id)';
  const label = name ? `${kind} "${name}" (${id})` : `${kind} ${id}`;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function typeLabel(type: string): string {
  const local = type.slice(type.indexOf(':') + 1);
  return local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function isAny(element: ModdleElement, types: string[]): boolean {
  return types.some((type) => element.$instanceOf(type));
}

export function many(element: ModdleElement | undefined, property: string) {
  const value = element?.get(property);
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

export function one(element: ModdleElement | undefined, property: string) {
  const value = element?.get(property);
  return isModdleElement(value) ? value : undefined;
}

export function text(element: ModdleElement | undefined, property: string) {
  const value = element?.get(property);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ModdleElement).$instanceOf === 'function'
  );
}
