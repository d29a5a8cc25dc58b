/** One deployed version of a process definition. */
export interface DefinitionVersion {
  readonly version: number;
  readonly deployedAt: string;
  readonly deployedBy: string | null;
  readonly changeNote: string | null;
}

/** A process definition with its versions, newest first (`GET /api/workflow/definitions`). */
export interface DefinitionSummary {
  readonly key: string;
  readonly name: string | null;
  readonly versions: readonly DefinitionVersion[];
}

/** Something in a model that blocks its deployment; the message is English, from the server. */
export interface ModelProblem {
  readonly elementId: string | null;
  readonly rule: string;
  readonly message: string;
}

/** `POST /api/workflow/definitions/validate`. */
export interface ValidationResult {
  readonly processKey: string | null;
  readonly processName: string | null;
  readonly problems: readonly ModelProblem[];
}

/** `POST /api/workflow/definitions`: what became of the deployment. */
export type DeployOutcome =
  | { readonly kind: 'created'; readonly key: string; readonly version: number }
  | {
      readonly kind: 'unchanged';
      readonly key: string | null;
      readonly version: number | null;
    }
  | { readonly kind: 'invalid'; readonly problems: readonly ModelProblem[] }
  | { readonly kind: 'too-large' };

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

function toVersion(value: unknown): DefinitionVersion | null {
  if (!isObject(value) || !isPositiveInteger(value['version'])) return null;
  const deployedAt = optionalText(value['deployedAt']);
  if (deployedAt === null) return null;
  return {
    version: value['version'],
    deployedAt,
    deployedBy: optionalText(value['deployedBy']),
    changeNote: optionalText(value['changeNote']),
  };
}

/** Narrows the list of definitions; anything malformed is left out, versions sorted newest first. */
export function toDefinitions(body: unknown): DefinitionSummary[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((item: unknown) => {
    if (!isObject(item)) return [];
    const key = optionalText(item['key']);
    if (key === null) return [];
    const versions = (Array.isArray(item['versions']) ? item['versions'] : [])
      .map(toVersion)
      .filter((version): version is DefinitionVersion => version !== null)
      .sort((a, b) => b.version - a.version);
    return [{ key, name: optionalText(item['name']), versions }];
  });
}

/** The newest version of `key`, or null when it has never been deployed. */
export function latestVersion(
  definitions: readonly DefinitionSummary[],
  key: string,
): DefinitionVersion | null {
  return (
    definitions.find((definition) => definition.key === key)?.versions[0] ??
    null
  );
}

function toProblem(value: unknown): ModelProblem | null {
  if (!isObject(value)) return null;
  const message = optionalText(value['message']);
  if (message === null) return null;
  return {
    elementId: optionalText(value['elementId']),
    rule: optionalText(value['rule']) ?? 'ukjent',
    message,
  };
}

/** The `problems` of a validation answer or of a 422 body; [] when there are none to read. */
export function toProblems(body: unknown): ModelProblem[] {
  if (!isObject(body) || !Array.isArray(body['problems'])) return [];
  return body['problems']
    .map(toProblem)
    .filter((problem): problem is ModelProblem => problem !== null);
}

/** Narrows a validation answer; null when it is not one (the editor then says validation failed). */
export function toValidationResult(body: unknown): ValidationResult | null {
  if (!isObject(body) || !Array.isArray(body['problems'])) return null;
  return {
    processKey: optionalText(body['processKey']),
    processName: optionalText(body['processName']),
    problems: toProblems(body),
  };
}

/** A successful deploy answer (200 or 201); null when the body is not what the status promises. */
export function toDeployOutcome(
  status: number,
  body: unknown,
): DeployOutcome | null {
  if (!isObject(body)) return null;
  const key = optionalText(body['key']);
  const version = isPositiveInteger(body['version']) ? body['version'] : null;
  if (status === 201 || body['created'] === true)
    return key !== null && version !== null
      ? { kind: 'created', key, version }
      : null;
  if (body['created'] === false) return { kind: 'unchanged', key, version };
  return null;
}

/** Problems shown together: the whole model first, then per element in the order they came. */
export interface ProblemGroup {
  readonly elementId: string | null;
  /** What the list shows for the element: its description, or its id when not in the diagram. */
  readonly label: string;
  /** False when the element is not in the diagram (nothing to select). */
  readonly inDiagram: boolean;
  readonly problems: readonly ModelProblem[];
}

export const WHOLE_MODEL_LABEL = 'Hele modellen';

export function groupProblems(
  problems: readonly ModelProblem[],
  describe: (elementId: string) => string | null,
): ProblemGroup[] {
  const general = problems.filter((problem) => problem.elementId === null);
  const byElement = new Map<string, ModelProblem[]>();
  for (const problem of problems) {
    if (problem.elementId === null) continue;
    const group = byElement.get(problem.elementId) ?? [];
    group.push(problem);
    byElement.set(problem.elementId, group);
  }
  const groups: ProblemGroup[] = [];
  if (general.length > 0)
    groups.push({
      elementId: null,
      label: WHOLE_MODEL_LABEL,
      inDiagram: false,
      problems: general,
    });
  for (const [elementId, group] of byElement) {
    const description = describe(elementId);
    groups.push({
      elementId,
      label: description ?? elementId,
      inDiagram: description !== null,
      problems: group,
    });
  }
  return groups;
}

/** The elements to mark red in the diagram, each once. */
export function problemElementIds(problems: readonly ModelProblem[]): string[] {
  return [
    ...new Set(
      problems
        .map((problem) => problem.elementId)
        .filter((id): id is string => id !== null),
    ),
  ];
}

/** «1 problem», «3 problemer». */
export function problemCount(count: number): string {
  return count === 1 ? '1 problem' : `${count} problemer`;
}

/** The largest file «Last opp XML» reads; the server has its own limit. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const UPLOAD_EXTENSIONS = ['.bpmn', '.xml'];

/** Checked before the file is read: its name and size. Null when it may be read. */
export function checkUploadFile(file: {
  readonly name: string;
  readonly size: number;
}): string | null {
  const name = file.name.toLowerCase();
  if (!UPLOAD_EXTENSIONS.some((extension) => name.endsWith(extension)))
    return 'Filen må være en BPMN-fil som slutter på .bpmn eller .xml.';
  if (file.size === 0) return 'Filen er tom.';
  if (file.size > MAX_UPLOAD_BYTES)
    return 'Filen er større enn 2 MB. Velg en mindre fil.';
  return null;
}

/**
 * Checked after the file is read: a model with a document type declaration or entities is refused
 * (they can pull in other files or blow up in size when read; the server refuses them too).
 */
export function checkUploadText(text: string): string | null {
  if (text.trim() === '') return 'Filen er tom.';
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text))
    return 'Filen inneholder en dokumenttypedeklarasjon (<!DOCTYPE eller <!ENTITY>). Slike filer tas ikke imot av sikkerhetshensyn. Fjern deklarasjonen og prøv igjen.';
  if (!/<([\w-]+:)?definitions[\s>]/.test(text))
    return 'Filen ser ikke ut som en BPMN-modell: den mangler elementet «definitions».';
  return null;
}

/** `halvarsrapport.bpmn`: the key with anything a file name should not hold replaced. */
export function downloadFileName(key: string | null): string {
  const safe = (key ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '');
  return `${safe === '' ? 'prosess' : safe}.bpmn`;
}

export const CHANGE_NOTE_MAX = 500;

/** The change note of a deployment: required, at most 500 characters. */
export function changeNoteError(note: string): string | null {
  if (note.trim() === '') return 'Skriv hva som er endret i denne versjonen.';
  if (note.length > CHANGE_NOTE_MAX)
    return `Endringsnotatet kan ha høyst ${CHANGE_NOTE_MAX} tegn. Det har nå ${note.length}.`;
  return null;
}

export function publishedMessage(version: number): string {
  return `Versjon ${version} er publisert. Instanser som allerede kjører, fortsetter på versjonen de startet på.`;
}

/** The page of one deployed version. */
export function versionLink(key: string, version: number): string {
  return `/admin/prosesser/${encodeURIComponent(key)}/${version}`;
}

/** The English detail of an import error, as short as it can be while still useful. */
export function importErrorDetail(error: unknown): string {
  let message = '';
  if (typeof error === 'string') message = error;
  else if (isObject(error) || error instanceof Error) {
    const value = (error as { message?: unknown }).message;
    message = typeof value === 'string' ? value : '';
  }
  return message.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/**
 * bpmn-js drew a file it cannot write back as XML (e.g. a foreign prefix bound to another
 * namespace, as some Activiti/Signavio exports do): nothing can be checked or published from it.
 */
export function unwritableModelProblem(error: unknown): ModelProblem {
  const detail = importErrorDetail(error) || 'unknown error';
  return {
    elementId: null,
    rule: 'xml-export',
    message: `The diagram cannot be written as BPMN XML (${detail}); fix the file in the tool it came from, or draw it here.`,
  };
}

/** Import warnings from bpmn-js (`{ message }` objects or errors), as one line each. */
export function warningMessages(warnings: readonly unknown[]): string[] {
  return warnings
    .map((warning) => importErrorDetail(warning))
    .filter((message) => message !== '');
}
