import Linter from 'bpmnlint/lib/linter';
import recommended from 'bpmnlint/config/recommended';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import globalElements from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import {
  describeElement,
  ModdleElement,
  ModelProblem,
  problem,
} from './model-problem';

// Imported explicitly rather than found by bpmnlint's NodeResolver: the bundler and the generated package.json see every rule, and nothing is resolved from the working directory at run time.
export const LINT_RULES: Readonly<Record<string, Linter.RuleFactory>> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  global: globalElements,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

export const LINT_CONFIG: Linter.Config = {
  rules: {
    ...recommended.rules,
    // Looping back into a task for rework (halvarsrapport's Task_kontroll) is our convention, and
    // bpmn-engine, like Camunda, starts an activity on each incoming flow: there is no join to fake.
    'fake-join': 'off',
  },
};

const resolver: Linter.Resolver = {
  resolveRule: (pkg, ruleName) => LINT_RULES[ruleName],
  resolveConfig: (pkg, configName) => {
    throw new Error(`bpmnlint config ${pkg}:${configName} is not bundled`);
  },
};

/** bpmnlint's recommended rules; warnings block a deployment just like errors. */
export async function lintModel(
  definitions: ModdleElement,
  elementsById: Readonly<Record<string, ModdleElement>>,
): Promise<ModelProblem[]> {
  // A linter caches its rule instances, and some rules (no-duplicate-sequence-flows) remember what they saw.
  const results = await new Linter({ resolver }).lint(definitions, LINT_CONFIG);
  return Object.entries(results).flatMap(([ruleName, reports]) =>
    reports
      .filter((report) => report.category !== 'info')
      .map((report) => toProblem(ruleName, report, elementsById)),
  );
}

function toProblem(
  ruleName: string,
  report: Linter.Report,
  elementsById: Readonly<Record<string, ModdleElement>>,
): ModelProblem {
  const rule = `bpmnlint/${ruleName}`;
  const reason = report.message.replace(/\.$/, '');
  if (report.category === 'rule-error') {
    return problem(
      null,
      rule,
      `The bpmnlint rule ${ruleName} could not check the model: ${reason}.`,
    );
  }
  const element = report.id ? elementsById[report.id] : undefined;
  if (!element) {
    return {
      elementId: report.id ?? null,
      rule,
      message: `The model breaks the bpmnlint rule ${ruleName}: ${reason}.`,
    };
  }
  return problem(
    element,
    rule,
    `${describeElement(element)} breaks the bpmnlint rule ${ruleName}: ${reason}.`,
  );
}
