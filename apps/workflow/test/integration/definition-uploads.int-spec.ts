import { linearModel } from '../support/linear-model';
import {
  createWorkflowWorld,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

const DECLARATIONS_PROBLEM = {
  elementId: null,
  rule: 'xml',
  message: 'DOCTYPE and entity declarations are not allowed in BPMN uploads',
};

/** A valid model with a DOCTYPE spliced in after the XML declaration. */
const withDoctype = (doctype: string, key: string) =>
  linearModel(key, [{ id: 'A' }])
    .replace('?>', `?>\n${doctype}`)
    .replace('name="Task A"', 'name="&e;"');

const XXE = withDoctype(
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  'xxe',
);
const BILLION_LAUGHS = withDoctype(
  `<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
  <!ENTITY e "&lol9;">
]>`,
  'laughs',
);

/** A valid model padded with a comment to about 3 MB. */
const THREE_MB = linearModel('big', [{ id: 'A' }]).replace(
  '<bpmn:process',
  `<!-- ${'x'.repeat(3 * 1024 * 1024)} -->\n<bpmn:process`,
);

describe('definition uploads', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;

  beforeAll(async () => {
    world = await createWorkflowWorld('definition-uploads');
    api = await world.start();
  });
  afterAll(() => world.close());

  const deployedKeys = async () =>
    (await api.call('GET', '/definitions')).body.map(
      (definition: { key: string }) => definition.key,
    );

  it.each([
    ['a classic XXE', XXE],
    ['a billion-laughs file', BILLION_LAUGHS],
  ])('refuses %s with 422 and deploys nothing', async (_, xml) => {
    // when
    const deploy = await api.call('POST', '/definitions', { xml });
    const validate = await api.call('POST', '/definitions/validate', { xml });
    // then
    for (const reply of [deploy, validate]) {
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({
        code: 'WORKFLOW.MODEL_INVALID',
        problems: [DECLARATIONS_PROBLEM],
      });
    }
    expect(await deployedKeys()).not.toEqual(
      expect.arrayContaining(['xxe', 'laughs']),
    );
  });

  it('answers a body over 2 MB with 413 and a message a person can act on', async () => {
    // when
    const deploy = await api.call('POST', '/definitions', { xml: THREE_MB });
    const validate = await api.call('POST', '/definitions/validate', {
      xml: THREE_MB,
    });
    // then
    for (const reply of [deploy, validate]) {
      expect(reply.status).toBe(413);
      expect(reply.body).toEqual({
        statusCode: 413,
        code: 'COMMON.PAYLOAD_TOO_LARGE',
        message: expect.stringMatching(/is 3 MB .*limit of 2 MB/),
      });
    }
    expect(await deployedKeys()).not.toContain('big');
  });

  it('validates a model without deploying it', async () => {
    // given
    const xml = linearModel('draft', [{ id: 'A' }], { name: 'Utkast' });
    // when
    const reply = await api.call('POST', '/definitions/validate', { xml });
    // then
    expect(reply).toMatchObject({
      status: 200,
      body: { processKey: 'draft', processName: 'Utkast', problems: [] },
    });
    expect(await deployedKeys()).not.toContain('draft');
  });

  it('answers a broken model with 200 and its problems, as a deploy would list them', async () => {
    // given a task with a form the SPA does not know, and a file that is not XML at all
    const broken = linearModel('broken', [{ id: 'A' }]).replace(
      'halvarsrapport:kontroll',
      'ukjent-skjema',
    );
    // when
    const checked = await api.call('POST', '/definitions/validate', {
      xml: broken,
    });
    const deployed = await api.call('POST', '/definitions', { xml: broken });
    const garbage = await api.call('POST', '/definitions/validate', {
      xml: '<bpmn:definitions',
    });
    const empty = await api.call('POST', '/definitions/validate', { xml: '' });
    // then
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ processKey: 'broken' });
    expect(checked.body.problems).toEqual(deployed.body.problems);
    expect(checked.body.problems).toEqual([
      expect.objectContaining({
        elementId: 'A',
        rule: 'bvr/user-task-form-key',
      }),
    ]);
    for (const reply of [garbage, empty]) {
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        processKey: null,
        problems: [expect.objectContaining({ elementId: null, rule: 'xml' })],
      });
    }
  });

  it('validates for admins only: others get 403, strangers 401', async () => {
    const xml = linearModel('draft', [{ id: 'A' }]);
    expect(
      (await api.call('POST', '/definitions/validate', { xml })).status,
    ).toBe(200);
    expect(
      (
        await api.call('POST', '/definitions/validate', {
          xml,
          principal: vestland,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', '/definitions/validate', {
          xml,
          principal: null,
        })
      ).status,
    ).toBe(401);
  });
});
