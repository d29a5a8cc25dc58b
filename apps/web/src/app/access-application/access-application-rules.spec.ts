import {
  applicationErrors,
  applicationRequest,
  EMPTY_DRAFT,
  FIELDS,
  mergeOptions,
  toMyApplications,
  unitOptions,
} from './access-application-rules';

describe('the access application form', () => {
  it('asks whom the applicant represents before anything else', () => {
    expect(applicationErrors(EMPTY_DRAFT)).toEqual([
      { fieldId: FIELDS.kind, message: 'Velg hvem du representerer.' },
    ]);
  });

  it('asks for the field of the chosen kind only', () => {
    expect(applicationErrors({ ...EMPTY_DRAFT, kind: 'unit' })).toEqual([
      { fieldId: FIELDS.unit, message: 'Velg kommune eller bydel.' },
    ]);
    expect(
      applicationErrors({ ...EMPTY_DRAFT, kind: 'statsforvalter' }),
    ).toEqual([
      {
        fieldId: FIELDS.kommune,
        message: 'Velg en av kommunene i fylket ditt.',
      },
    ]);
    expect(
      applicationErrors({ ...EMPTY_DRAFT, kind: 'external', unitId: '4601' }),
    ).toEqual([
      {
        fieldId: FIELDS.organisation,
        message: 'Skriv navnet på virksomheten du representerer.',
      },
    ]);
  });

  it('takes at most 200 characters of organisation name, spaces around it not counted', () => {
    const draft = { ...EMPTY_DRAFT, kind: 'external' as const };
    expect(
      applicationErrors({ ...draft, organisation: ` ${'a'.repeat(200)} ` }),
    ).toEqual([]);
    expect(
      applicationErrors({ ...draft, organisation: 'a'.repeat(201) }),
    ).toHaveLength(1);
  });

  it('builds the request of the chosen kind, leaving out what was typed for the others', () => {
    const draft = {
      unitId: '4601',
      kommuneId: '4602',
      organisation: '  Redd Barna ',
    };
    expect(applicationRequest({ ...draft, kind: 'unit' })).toEqual({
      kind: 'unit',
      unitId: '4601',
    });
    expect(applicationRequest({ ...draft, kind: 'statsforvalter' })).toEqual({
      kind: 'statsforvalter',
      unitId: '4602',
    });
    expect(applicationRequest({ ...draft, kind: 'external' })).toEqual({
      kind: 'external',
      organisation: 'Redd Barna',
    });
    expect(() => applicationRequest(EMPTY_DRAFT)).toThrow();
  });
});

describe('the applicant’s applications and choices', () => {
  it('keeps the well-formed applications, newest first as answered', () => {
    const answer = [
      {
        id: 'a2',
        kind: 'unit',
        represents: 'Bergen',
        approver: 'Statsforvalteren i Vestland',
        status: 'pending',
        submittedAt: '2026-12-04T10:00:00.000Z',
        decidedAt: null,
      },
      { id: 'a1', kind: 'other', status: 'pending', submittedAt: 'x' },
    ];
    expect(toMyApplications(answer)).toEqual([
      {
        id: 'a2',
        kind: 'unit',
        represents: 'Bergen',
        approver: 'Statsforvalteren i Vestland',
        status: 'pending',
        submittedAt: '2026-12-04T10:00:00.000Z',
        decidedAt: null,
      },
    ]);
    expect(() => toMyApplications({ items: [] })).toThrow();
  });

  it('lists reporting units and kommuner once each, sorted by name', () => {
    const units = unitOptions({
      items: [
        { number: '460101', name: 'Arna', kind: 'bydel' },
        { number: '4601', name: 'Bergen', kind: 'kommune' },
        { number: 4602, name: 'Kinn' },
      ],
    });
    const kommuner = unitOptions({
      items: [
        { number: '4601', name: 'Bergen' },
        { number: '4640', name: 'Sogndal' },
        { number: '3101', name: 'Halden' },
      ],
    });
    expect(mergeOptions(units, kommuner).map((u) => u.number)).toEqual([
      '460101',
      '4601',
      '3101',
      '4640',
    ]);
  });
});
