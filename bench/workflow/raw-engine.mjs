// (a) bpmn-engine alone, in memory: the same model and the same cached parse as the service.
import { Engine } from 'bpmn-engine';
import * as elements from 'bpmn-elements';
import BpmnModdle from 'bpmn-moddle';
import { createRequire } from 'node:module';
import serializer, { TypeResolver } from 'moddle-context-serializer';

const camunda = createRequire(import.meta.url)(
  'camunda-bpmn-moddle/resources/camunda.json',
);

export async function compile(xml) {
  const moddleContext = await new BpmnModdle({ camunda }).fromXML(xml);
  return serializer(moddleContext, TypeResolver(elements));
}

/** One full cycle: start, complete "Kontroll statsforvalter" with Ja, run the forward task, end. */
async function cycle(sourceContext) {
  const engine = new Engine({
    sourceContext,
    extensions: {
      external(activity) {
        if (activity.behaviour.type === 'external') {
          activity.behaviour.Service = function ImmediateService() {
            return { execute: (_message, callback) => callback(null, {}) };
          };
        }
      },
    },
  });
  const ended = new Promise((resolve, reject) => {
    engine.once('end', resolve);
    engine.once('error', reject);
  });
  await engine.execute({ variables: { responsibleOfficeId: 'sf-vestland' } });
  const [task] = engine.execution.getPostponed();
  task.owner.environment.assignVariables({ approved: true });
  task.signal({});
  await ended;
}

export async function rawInstancesPerSecond(sourceContext, seconds) {
  for (let i = 0; i < 200; i++) await cycle(sourceContext);
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < seconds * 1000) {
    await cycle(sourceContext);
    count += 1;
  }
  return count / ((performance.now() - started) / 1000);
}
