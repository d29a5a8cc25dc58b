import type { ModelProblem } from './model-problem';

/**
 * A DOCTYPE may declare entities: external ones read files or URLs (XXE), nested ones expand to
 * gigabytes (billion laughs). BPMN never needs either, so such a file is refused unread.
 */
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)\b/i;

export function hasDeclarations(xml: string): boolean {
  return DECLARATION.test(xml);
}

export const DECLARATIONS_PROBLEM: ModelProblem = {
  elementId: null,
  rule: 'xml',
  message: 'DOCTYPE and entity declarations are not allowed in BPMN uploads',
};
