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
