import { createModdle } from '../../../engine/compiled-definition';
import { lintModel } from './bpmnlint-rules';
import {
  describeElement,
  ModdleElement,
  ModelProblem,
  one,
  problem,
} from './model-problem';
import { checkOurRules, executableProcesses } from './our-rules';
import { DECLARATIONS_PROBLEM, hasDeclarations } from './xml-declarations';

/** What deployed models may refer to: form keys the SPA renders and topics some service handles. */
export interface ModelCatalog {
  formKeys: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

export interface ValidationResult {
  /** Id of the single executable process, or null when there is not exactly one. */
  processKey: string | null;
  processName: string | null;
  /** Sorted by element id, then rule; empty when the model can be deployed. */
  problems: ModelProblem[];
}

/** What moddle-xml actually reports (the @types declare the warnings as strings and the root as a bare RootElement). */
interface ParsedModel {
  rootElement: ModdleElement;
  elementsById: Record<string, ModdleElement>;
  warnings: ImportWarning[];
}

interface ImportWarning {
  message: string;
  element?: ModdleElement;
  property?: string;
  value?: unknown;
}

const UNPARSABLE =
  /^unparsable content (.*?) ?detected\n\tline: (\d+)\n\tcolumn: (\d+)\n\tnested error: (.*)$/s;
const moddle = createModdle();

/** Checks a BPMN model before deployment; never throws for bad input, it reports it as a problem. */
export async function validateModel(
  xml: string,
  catalog: ModelCatalog,
): Promise<ValidationResult> {
  const parsed = await parse(xml);
  if (!('rootElement' in parsed)) {
    return { processKey: null, processName: null, problems: [parsed] };
  }
  const { rootElement: definitions, elementsById, warnings } = parsed;
  const processes = executableProcesses(definitions);
  const process = processes.length === 1 ? processes[0] : undefined;
  const lintProblems = await lintModel(definitions, elementsById);
  return {
    processKey: process?.id ?? null,
    processName: process?.name ?? null,
    problems: sortUnique([
      ...warnings.map(warningProblem),
      ...lintProblems.filter(
        (lint) => !isDocumentation(lint.elementId, elementsById),
      ),
      ...checkOurRules(definitions, catalog),
    ]),
  };
}

async function parse(xml: string): Promise<ParsedModel | ModelProblem> {
  if (typeof xml !== 'string' || !xml.trim()) {
    return problem(
      null,
      'xml',
      'The file is empty; upload a BPMN 2.0 model exported from the modeller.',
    );
  }
  if (hasDeclarations(xml)) return { ...DECLARATIONS_PROBLEM };
  try {
    return (await moddle.fromXML(xml)) as unknown as ParsedModel;
  } catch (error) {
    return problem(null, 'xml', parseFailureMessage(error));
  }
}

function parseFailureMessage(error: unknown): string {
  const { message = String(error), warnings = [] } = error as {
    message?: string;
    warnings?: ImportWarning[];
  };
  if (message.startsWith('failed to parse document as')) {
    const reason = warnings
      .map((warning) => locate(warning.message))
      .find(Boolean);
    return `The file is not a BPMN 2.0 model${reason ? `: ${reason}` : ''}; export it from a BPMN modeller.`;
  }
  return `The file is not well-formed XML: ${locate(message) ?? message}; export it again from the modeller.`;
}

/** `unclosed tag at line 16, column 30, near </bpmn:outgoi` from moddle-xml's multi-line message. */
function locate(message: string): string | undefined {
  const match = UNPARSABLE.exec(message);
  if (!match) return undefined;
  const [, near, line, column, reason] = match;
  const context = near && !reason.includes(near) ? `, near ${near}` : '';
  return `${reason} at line ${Number(line) + 1}, column ${Number(column) + 1}${context}`;
}

function warningProblem(warning: ImportWarning): ModelProblem {
  const element = warning.element && nearestWithId(warning.element);
  const subject = element ? describeElement(element) : 'The model';
  return problem(element ?? null, 'xml', warningMessage(warning, subject));
}

function warningMessage({ message, property }: ImportWarning, subject: string) {
  const attribute = /^unknown attribute <(.+)>$/.exec(message);
  if (attribute) {
    return `${subject} has the attribute ${attribute[1]}, which is not defined for this element type; remove it.`;
  }
  const reference = /^unresolved reference <(.+)>$/.exec(message);
  if (reference) {
    return `${subject} refers to "${reference[1]}" in ${localName(property)}, but the model has no element with that id; reconnect or remove the reference.`;
  }
  const encoding = /^unsupported document encoding <(.+?)>/.exec(message);
  if (encoding) {
    return `The file declares the encoding ${encoding[1]}; save it as UTF-8, the only encoding read here.`;
  }
  const unparsable = locate(message);
  if (unparsable) {
    return `Part of the file cannot be read (${unparsable}); correct or remove that element.`;
  }
  return `${subject} could not be read cleanly (${message.replace(/\s+/g, ' ')}); correct it in the modeller.`;
}

/** Elements of non-executable processes, and their pools, only document the collaboration. */
function isDocumentation(
  elementId: string | null,
  elementsById: Record<string, ModdleElement>,
): boolean {
  let element = elementId ? elementsById[elementId] : undefined;
  for (; element; element = element.$parent) {
    if (element.$type === 'bpmn:Participant') {
      return !one(element, 'processRef')?.get('isExecutable');
    }
    if (element.$type === 'bpmn:Process') return !element.get('isExecutable');
  }
  return false;
}

function nearestWithId(element: ModdleElement): ModdleElement | undefined {
  let current: ModdleElement | undefined = element;
  while (current && !current.id) current = current.$parent;
  return current;
}

function localName(property: string | undefined): string {
  return property ? property.slice(property.indexOf(':') + 1) : 'a reference';
}

function sortUnique(problems: ModelProblem[]): ModelProblem[] {
  const unique = new Map(
    problems.map((p) => [JSON.stringify([p.elementId, p.rule, p.message]), p]),
  );
  return [...unique.values()].sort(
    (a, b) =>
      compare(a.elementId ?? '', b.elementId ?? '') ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
