import {
  EMPTY_WIZARD,
  firstInvalidStep,
  nextStep,
  previousStep,
  setupInput,
  setupServerErrors,
  stepErrors,
  stepIndicator,
  UNIT_PREFIX,
  type WizardDraft,
  WIZARD_FIELDS,
  wizardSteps,
} from './setup-wizard-rules';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

const complete = (change: Partial<WizardDraft> = {}): WizardDraft => ({
  ...EMPTY_WIZARD,
  harBydeler: true,
  bydelsnavn: ' Arna ',
  bydelsnummer: '02',
  mottak: 'svarinn',
  sertifikat: PEM,
  sertifikatInfo: {
    subject: 'CN=Bergen kommune',
    gyldigTil: '2028-01-01T00:00:00Z',
    fingeravtrykk: 'AB:CD',
  },
  sertifikatGodkjent: PEM,
  orgnr: '974 760 673',
  mottaksadresse: 'https://svarinn.bergen.kommune.no/mottak',
  enhet: {
    navn: 'Bergen barnevern',
    adresselinje1: 'Postboks 7700',
    adresselinje2: '',
    postnummer: '5020',
    poststed: 'Bergen',
    epost: 'kontakt@bergen.kommune.no',
    telefon: '55 56 60 00',
    varselEposter: ['varsel@bergen.kommune.no', ' '],
  },
  ...change,
});

describe('the steps of the wizard', () => {
  it('follows the guide, with the key and the case system only for SvarInn', () => {
    expect(wizardSteps({ mottak: 'manuell' })).toEqual([
      'bydeler',
      'mottak',
      'adresse',
      'kontakt',
      'varsel',
      'oppsummering',
    ]);
    expect(wizardSteps({ mottak: 'svarinn' })).toEqual([
      'bydeler',
      'mottak',
      'nokkel',
      'fagsystem',
      'adresse',
      'kontakt',
      'varsel',
      'oppsummering',
    ]);
  });

  it('goes forward and back, and says where you are', () => {
    expect(nextStep('mottak', { mottak: 'svarinn' })).toBe('nokkel');
    expect(nextStep('mottak', { mottak: 'manuell' })).toBe('adresse');
    expect(previousStep('adresse', { mottak: 'svarinn' })).toBe('fagsystem');
    expect(previousStep('bydeler', { mottak: null })).toBeNull();
    expect(nextStep('oppsummering', { mottak: null })).toBeNull();
    expect(stepIndicator('mottak', { mottak: 'manuell' })).toBe('Steg 2 av 6');
    expect(stepIndicator('fagsystem', { mottak: 'svarinn' })).toBe(
      'Steg 4 av 8',
    );
  });
});

describe('checking a step before «Gå videre»', () => {
  it('asks whether the kommune has bydeler, and for the default bydel with Ja', () => {
    expect(stepErrors('bydeler', EMPTY_WIZARD)).toEqual([
      {
        fieldId: WIZARD_FIELDS.harBydeler,
        message: 'Velg om kommunen har bydeler.',
      },
    ]);
    expect(
      stepErrors('bydeler', { ...EMPTY_WIZARD, harBydeler: true }).map(
        (e) => e.fieldId,
      ),
    ).toEqual([WIZARD_FIELDS.bydelsnavn, WIZARD_FIELDS.bydelsnummer]);
    expect(
      stepErrors('bydeler', complete({ bydelsnummer: '00' }))[0].message,
    ).toContain('00');
    expect(
      stepErrors('bydeler', { ...EMPTY_WIZARD, harBydeler: false }),
    ).toEqual([]);
  });

  it('checks the organisation number and the https address of the case system', () => {
    expect(stepErrors('fagsystem', complete())).toEqual([]);
    expect(
      stepErrors(
        'fagsystem',
        complete({ orgnr: '974760674', mottaksadresse: 'http://x.no' }),
      ).map((e) => e.fieldId),
    ).toEqual([WIZARD_FIELDS.orgnr, WIZARD_FIELDS.mottaksadresse]);
    expect(
      stepErrors('fagsystem', complete({ orgnr: '12345' }))[0].message,
    ).toBe('Organisasjonsnummeret har ni siffer.');
    expect(
      stepErrors('fagsystem', complete({ orgnr: '974760674' }))[0].message,
    ).toContain('registrert i fagsystemet');
  });

  it('needs a key, and its check by the service before the summary', () => {
    expect(stepErrors('nokkel', complete({ sertifikat: ' ' }))).toHaveLength(1);
    expect(firstInvalidStep(complete())).toBeNull();
    expect(firstInvalidStep(complete({ sertifikat: `${PEM}x` }))).toBe(
      'nokkel',
    );
  });

  it('checks post address, contact and alert addresses', () => {
    const draft = complete({
      enhet: {
        ...complete().enhet,
        postnummer: '502',
        telefon: '123',
        varselEposter: ['ikke-epost', ''],
      },
    });
    expect(stepErrors('adresse', draft).map((e) => e.fieldId)).toEqual([
      `${UNIT_PREFIX}-postnummer`,
    ]);
    expect(stepErrors('kontakt', draft).map((e) => e.fieldId)).toEqual([
      `${UNIT_PREFIX}-telefon`,
    ]);
    expect(stepErrors('varsel', draft).map((e) => e.fieldId)).toEqual([
      `${UNIT_PREFIX}-varsel-0`,
    ]);
    expect(
      stepErrors('varsel', {
        ...draft,
        enhet: { ...draft.enhet, varselEposter: ['', ' '] },
      }),
    ).toEqual([
      {
        fieldId: `${UNIT_PREFIX}-varsel-0`,
        message: 'Legg inn minst én e-postadresse for varsel.',
      },
    ]);
  });
});

describe('«Ta i bruk tjenesten»', () => {
  it('sends the set-up of a SvarInn kommune with bydeler', () => {
    expect(setupInput(complete())).toEqual({
      harBydeler: true,
      standardBydel: { bydelsnummer: '02', bydelsnavn: 'Arna' },
      mottak: 'svarinn',
      svarinn: {
        sertifikat: PEM,
        orgnr: '974760673',
        mottaksadresse: 'https://svarinn.bergen.kommune.no/mottak',
      },
      mottakeradresse: {
        navn: 'Bergen barnevern',
        adresselinje1: 'Postboks 7700',
        postnummer: '5020',
        poststed: 'Bergen',
      },
      kontakt: {
        epost: 'kontakt@bergen.kommune.no',
        telefon: '55 56 60 00',
      },
      varselEposter: ['varsel@bergen.kommune.no'],
    });
  });

  it('leaves out the default bydel and SvarInn when not chosen', () => {
    const input = setupInput(
      complete({ harBydeler: false, mottak: 'manuell' }),
    );
    expect(input.standardBydel).toBeUndefined();
    expect(input.svarinn).toBeUndefined();
    expect(input.mottak).toBe('manuell');
  });

  it('places the service’s 400 details at the step they concern', () => {
    expect(
      setupServerErrors({
        message: 'Ugyldig',
        details: [
          {
            path: 'mottakeradresse.postnummer',
            message: 'Postnummeret har fire siffer.',
          },
          { path: ['kontakt', 'epost'], message: 'Ugyldig e-post.' },
        ],
      }),
    ).toEqual({
      step: 'adresse',
      errors: [
        {
          fieldId: `${UNIT_PREFIX}-postnummer`,
          message: 'Postnummeret har fire siffer.',
        },
      ],
    });
    expect(setupServerErrors({ message: 'x' })).toEqual({
      step: null,
      errors: [],
    });
  });
});
