import {
  bydelErrors,
  bydelRequest,
  EMPTY_BYDEL,
  BYDEL_FIELDS,
} from './bydel-form-rules';
import {
  adminKommuner,
  bydelsnummerOf,
  caseworkerGrantRequest,
  isNotSetUp,
  pidErrors,
  serviceUnits,
  toCaseworkerGrants,
  toKommuneReference,
  unitIdOf,
} from './concern-admin-rules';
import { bydelByName } from './setup-wizard-rules';
import type { ConcernServiceView } from '@bvr/contracts';

const details = {
  mottakeradresse: {
    navn: 'Bergen barnevern',
    adresselinje1: 'Postboks 7700',
    postnummer: '5020',
    poststed: 'Bergen',
  },
  kontakt: { epost: 'k@bergen.kommune.no', telefon: '55566000' },
  varselEposter: ['v@bergen.kommune.no'],
};

describe('the kommuner of a service admin', () => {
  it('are those of the concern-admin grants, each once', () => {
    expect(
      adminKommuner([
        { role: 'concern-admin', scope: { type: 'unit', id: '4601' } },
        { role: 'concern-admin', scope: { type: 'unit', id: '460102' } },
        { role: 'concern-admin', scope: { type: 'unit', id: '0301' } },
        { role: 'concern-caseworker', scope: { type: 'unit', id: '1103' } },
        { role: 'bufdir', scope: { type: 'national' } },
      ]),
    ).toEqual(['0301', '4601']);
  });
});

describe('reference data and units', () => {
  it('reads a kommune with two-digit bydelsnumre', () => {
    const kommune = toKommuneReference({
      kommune: {
        number: '4601',
        name: 'Bergen',
        bydeler: [{ number: '460102', name: 'Arna' }, { number: 7 }],
      },
    });
    expect(kommune).toEqual({
      number: '4601',
      name: 'Bergen',
      bydeler: [{ bydelsnummer: '02', name: 'Arna' }],
    });
    expect(bydelByName(kommune?.bydeler ?? [], ' arna')).toEqual({
      bydelsnummer: '02',
      name: 'Arna',
    });
    expect(toKommuneReference({})).toBeNull();
  });

  it('gives bydel "00" the kommune’s own unit id', () => {
    expect(bydelsnummerOf('460102')).toBe('02');
    expect(unitIdOf('4601', '00')).toBe('4601');
    expect(unitIdOf('4601', '02')).toBe('460102');
  });

  it('lists a unit per bydel for «Tilganger for …»', () => {
    const view: ConcernServiceView = {
      kommunenummer: '4601',
      kommunenavn: 'Bergen',
      mottak: 'manuell',
      harBydeler: true,
      svarinn: null,
      bydeler: [
        {
          ...details,
          bydelsnummer: '02',
          bydelsnavn: 'Arna',
          standardMottaker: true,
        },
        {
          ...details,
          bydelsnummer: '03',
          bydelsnavn: 'Bergenhus',
          standardMottaker: false,
        },
      ],
      takenIntoUseAt: '2026-12-04T10:00:00Z',
    };
    expect(serviceUnits(view)).toEqual([
      { unitId: '460102', bydelsnummer: '02', name: 'Arna' },
      { unitId: '460103', bydelsnummer: '03', name: 'Bergenhus' },
    ]);
    expect(
      serviceUnits({
        ...view,
        harBydeler: false,
        bydeler: [
          {
            ...details,
            bydelsnummer: '00',
            bydelsnavn: '',
            standardMottaker: true,
          },
        ],
      }),
    ).toEqual([{ unitId: '4601', bydelsnummer: '00', name: 'Bergen' }]);
  });

  it('knows a kommune that has not set up the service', () => {
    expect(isNotSetUp(404, { code: 'BEKYMRINGSMELDING.NOT_SET_UP' })).toBe(
      true,
    );
    expect(isNotSetUp(404, { code: 'NOT_SET_UP' })).toBe(false);
    expect(isNotSetUp(404, { code: 'COMMON.NOT_FOUND' })).toBe(false);
  });
});

describe('«Opprett bydel»', () => {
  it('needs a new two-digit number and the unit’s details', () => {
    const errors = bydelErrors(
      { ...EMPTY_BYDEL, bydelsnavn: 'Arna', bydelsnummer: '02' },
      ['02'],
    );
    expect(errors[0]).toEqual({
      fieldId: BYDEL_FIELDS.bydelsnummer,
      message: 'Kommunen har allerede en bydel med nummer 02.',
    });
    expect(errors.length).toBeGreaterThan(1);
  });

  it('sends name, number and details', () => {
    const draft = {
      bydelsnavn: ' Fana ',
      bydelsnummer: '04',
      enhet: {
        navn: 'Bergen barnevern',
        adresselinje1: 'Postboks 7700',
        adresselinje2: '',
        postnummer: '5020',
        poststed: 'Bergen',
        epost: 'k@bergen.kommune.no',
        telefon: '55566000',
        varselEposter: ['v@bergen.kommune.no'],
      },
    };
    expect(bydelErrors(draft, ['02'])).toEqual([]);
    expect(bydelRequest(draft)).toEqual({
      ...details,
      bydelsnavn: 'Fana',
      bydelsnummer: '04',
    });
  });
});

describe('«Tilganger»', () => {
  it('adds a caseworker by fødselsnummer for the unit', () => {
    expect(pidErrors('123 456 789 01', 'pid')).toEqual([]);
    expect(pidErrors('1234', 'pid')).toHaveLength(1);
    expect(caseworkerGrantRequest('123 456 789 01', ' ', '460102')).toEqual({
      pid: '12345678901',
      role: 'concern-caseworker',
      scope: { type: 'unit', id: '460102' },
    });
    expect(caseworkerGrantRequest('12345678901', 'Kari', '4601').name).toBe(
      'Kari',
    );
  });

  it('reads the grants and leaves malformed ones out', () => {
    expect(
      toCaseworkerGrants([
        {
          id: 'g1',
          name: 'Kari',
          pid: '010190*****',
          grantedAt: '2026-12-01T10:00:00Z',
        },
        { name: 'no id' },
      ]),
    ).toEqual([
      {
        id: 'g1',
        name: 'Kari',
        pid: '010190*****',
        grantedAt: '2026-12-01T10:00:00Z',
      },
    ]);
  });
});
