import BpmnModdle from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import * as elements from 'bpmn-elements';
import serializer, { TypeResolver } from 'moddle-context-serializer';

/**
 * A deployed definition version, parsed once: the serialized context bpmn-engine builds its
 * engines from, and the messages it declares. Parsing XML is most of the cost of starting an
 * engine, so this is cached per version (versions never change).
 */
export interface CompiledDefinition {
  id: string;
  key: string;
  version: number;
  sourceContext: unknown;
  /** Message name → the bpmn:Message id the engine is signalled with. */
  messageIds: ReadonlyMap<string, string>;
}

export function createModdle() {
  return new BpmnModdle({ camunda });
}

export async function compileDefinition(definition: {
  id: string;
  key: string;
  version: number;
  xml: string;
}): Promise<CompiledDefinition> {
  const moddleContext = await createModdle().fromXML(definition.xml);
  const sourceContext = serializer(moddleContext, TypeResolver(elements));
  const messageIds = new Map<string, string>();
  const root = moddleContext.rootElement as unknown as {
    rootElements?: Array<{ $type: string; id: string; name?: string }>;
  };
  for (const message of root.rootElements ?? []) {
    if (message.$type === 'bpmn:Message' && message.name)
      messageIds.set(message.name, message.id);
  }
  return {
    id: definition.id,
    key: definition.key,
    version: definition.version,
    sourceContext,
    messageIds,
  };
}
