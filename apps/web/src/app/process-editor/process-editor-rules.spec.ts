import {
  changeNoteError,
  checkUploadFile,
  checkUploadText,
  downloadFileName,
  groupProblems,
  importErrorDetail,
  latestVersion,
  MAX_UPLOAD_BYTES,
  problemCount,
  problemElementIds,
  publishedMessage,
  toDefinitions,
  toDeployOutcome,
  toProblems,
  toValidationResult,
  unwritableModelProblem,
  versionLink,
  warningMessages,
  WHOLE_MODEL_LABEL,
} from './process-editor-rules';

describe('toDefinitions', () => {
  it('narrows definitions and sorts versions newest first', () => {
    const definitions = toDefinitions([
      {
        key: 'halvarsrapport',
        name: 'Halvårsrapport',
        versions: [
          { version: 1, deployedAt: '2026-01-01T00:00:00Z', deployedBy: 'u1' },
          {
            version: 2,
            deployedAt: '2026-02-01T00:00:00Z',
            deployedBy: null,
            changeNote: 'Ny frist',
          },
          { version: 'x', deployedAt: '2026-02-01T00:00:00Z' },
        ],
      },
      { key: '', versions: [] },
      'rubbish',
    ]);
    expect(definitions).toEqual([
      {
        key: 'halvarsrapport',
        name: 'Halvårsrapport',
        versions: [
          {
            version: 2,
            deployedAt: '2026-02-01T00:00:00Z',
            deployedBy: null,
            changeNote: 'Ny frist',
          },
          {
            version: 1,
            deployedAt: '2026-01-01T00:00:00Z',
            deployedBy: 'u1',
            changeNote: null,
          },
        ],
      },
    ]);
    expect(latestVersion(definitions, 'halvarsrapport')?.version).toBe(2);
    expect(latestVersion(definitions, 'ukjent')).toBeNull();
  });

  it('is empty for anything but a list', () => {
    expect(toDefinitions({ key: 'x' })).toEqual([]);
  });
});

describe('validation and deploy answers', () => {
  it('narrows a validation answer and drops malformed problems', () => {
    expect(
      toValidationResult({
        processKey: 'p',
        processName: null,
        problems: [
          { elementId: 'T1', rule: 'bvr/form-key', message: 'Unknown key' },
          { elementId: null, rule: 'xml', message: 'Bad' },
          { elementId: 'T2', rule: 'x' },
        ],
      }),
    ).toEqual({
      processKey: 'p',
      processName: null,
      problems: [
        { elementId: 'T1', rule: 'bvr/form-key', message: 'Unknown key' },
        { elementId: null, rule: 'xml', message: 'Bad' },
      ],
    });
    expect(toValidationResult({ message: 'nope' })).toBeNull();
    expect(toValidationResult('<html>')).toBeNull();
  });

  it('reads the problems of a 422 body', () => {
    expect(
      toProblems({
        message: 'invalid',
        problems: [{ elementId: 'T1', rule: 'r', message: 'm' }],
      }),
    ).toEqual([{ elementId: 'T1', rule: 'r', message: 'm' }]);
    expect(toProblems(null)).toEqual([]);
  });

  it('tells a new version from an unchanged model', () => {
    expect(
      toDeployOutcome(201, { key: 'p', version: 3, created: true }),
    ).toEqual({ kind: 'created', key: 'p', version: 3 });
    expect(toDeployOutcome(200, { created: false })).toEqual({
      kind: 'unchanged',
      key: null,
      version: null,
    });
    expect(
      toDeployOutcome(200, { key: 'p', version: 2, created: false }),
    ).toEqual({ kind: 'unchanged', key: 'p', version: 2 });
    expect(toDeployOutcome(201, { created: true })).toBeNull();
    expect(toDeployOutcome(200, 'ok')).toBeNull();
  });
});

describe('problems', () => {
  const problems = [
    { elementId: 'T1', rule: 'a', message: 'one' },
    { elementId: null, rule: 'xml', message: 'whole' },
    { elementId: 'Gone', rule: 'b', message: 'two' },
    { elementId: 'T1', rule: 'c', message: 'three' },
  ];

  it('groups by element, the whole model first', () => {
    const groups = groupProblems(problems, (id) =>
      id === 'T1' ? 'Brukeroppgave «Kontroll» (T1)' : null,
    );
    expect(
      groups.map((group) => [
        group.elementId,
        group.label,
        group.inDiagram,
        group.problems.map((problem) => problem.message),
      ]),
    ).toEqual([
      [null, WHOLE_MODEL_LABEL, false, ['whole']],
      ['T1', 'Brukeroppgave «Kontroll» (T1)', true, ['one', 'three']],
      ['Gone', 'Gone', false, ['two']],
    ]);
    expect(groupProblems([], () => null)).toEqual([]);
  });

  it('marks each element once', () => {
    expect(problemElementIds(problems)).toEqual(['T1', 'Gone']);
  });

  it('makes a diagram that cannot be written as XML a whole-model problem, with the reason', () => {
    expect(
      unwritableModelProblem(
        new Error('no namespace uri given for prefix <ns0>'),
      ),
    ).toEqual({
      elementId: null,
      rule: 'xml-export',
      message: expect.stringContaining(
        'cannot be written as BPMN XML (no namespace uri given for prefix <ns0>)',
      ),
    });
    expect(unwritableModelProblem(undefined).message).toContain(
      'unknown error',
    );
  });

  it('counts in Norwegian', () => {
    expect(problemCount(1)).toBe('1 problem');
    expect(problemCount(0)).toBe('0 problemer');
  });
});

describe('upload checks', () => {
  it('takes .bpmn and .xml files up to 2 MB', () => {
    expect(checkUploadFile({ name: 'Prosess.BPMN', size: 10 })).toBeNull();
    expect(
      checkUploadFile({ name: 'p.xml', size: MAX_UPLOAD_BYTES }),
    ).toBeNull();
    expect(
      checkUploadFile({ name: 'p.bpmn', size: MAX_UPLOAD_BYTES + 1 }),
    ).toBe('Filen er større enn 2 MB. Velg en mindre fil.');
    expect(checkUploadFile({ name: 'p.json', size: 10 })).toMatch(/\.bpmn/);
    expect(checkUploadFile({ name: 'p.bpmn', size: 0 })).toBe('Filen er tom.');
  });

  it('refuses document type declarations and entities', () => {
    const ok =
      '<?xml version="1.0"?><bpmn:definitions id="d"></bpmn:definitions>';
    expect(checkUploadText(ok)).toBeNull();
    expect(checkUploadText('<definitions xmlns="x"/>')).toBeNull();
    expect(
      checkUploadText('<!doctype x [<!ENTITY a "b">]><bpmn:definitions>'),
    ).toMatch(/dokumenttypedeklarasjon/);
    expect(checkUploadText('<!ENTITY a "b"><definitions>')).toMatch(
      /dokumenttypedeklarasjon/,
    );
    expect(checkUploadText('<html></html>')).toMatch(/definitions/);
    expect(checkUploadText('  ')).toBe('Filen er tom.');
  });
});

describe('texts and links', () => {
  it('names the download after the key', () => {
    expect(downloadFileName('halvarsrapport')).toBe('halvarsrapport.bpmn');
    expect(downloadFileName('../a b')).toBe('a-b.bpmn');
    expect(downloadFileName(null)).toBe('prosess.bpmn');
  });

  it('requires a change note of at most 500 characters', () => {
    expect(changeNoteError('  ')).toMatch(/Skriv/);
    expect(changeNoteError('x'.repeat(500))).toBeNull();
    expect(changeNoteError('x'.repeat(501))).toMatch(/høyst 500 tegn/);
  });

  it('says where the new version is', () => {
    expect(publishedMessage(4)).toBe(
      'Versjon 4 er publisert. Instanser som allerede kjører, fortsetter på versjonen de startet på.',
    );
    expect(versionLink('bekymrings melding', 2)).toBe(
      '/admin/prosesser/bekymrings%20melding/2',
    );
  });

  it('shortens import errors and warnings', () => {
    expect(importErrorDetail(new Error('unparsable   content\n line 3'))).toBe(
      'unparsable content line 3',
    );
    expect(importErrorDetail({ message: 'm' })).toBe('m');
    expect(importErrorDetail(42)).toBe('');
    expect(warningMessages([new Error('a'), { message: 'b' }, {}])).toEqual([
      'a',
      'b',
    ]);
  });
});
