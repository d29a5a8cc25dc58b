import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// moddle 8 (hoisted for the admin UI's bpmn-js) is ESM only; moddle-xml 11, which bpmn-moddle 9
// parses with, require()s it. Node 20.19 can, jest cannot: give jest bpmn-moddle's own moddle 7,
// which is CommonJS, while it is installed beside it.
const moddle7 = resolve(
  __dirname,
  '../../node_modules/bpmn-moddle/node_modules/moddle/dist/index.cjs',
);

module.exports = {
  displayName: 'workflow',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'html'],
  // bpmnlint 11 needs min-dash 5, which is ESM only: Node 20.19 can require() it, jest cannot.
  // min-dash 4 has the same functions as CommonJS.
  moduleNameMapper: {
    '^min-dash$': '<rootDir>/../../node_modules/min-dash/dist/index.cjs',
    ...(existsSync(moddle7) ? { '^moddle$': moddle7 } : {}),
  },
  coverageDirectory: '../../coverage/apps/workflow',
};
