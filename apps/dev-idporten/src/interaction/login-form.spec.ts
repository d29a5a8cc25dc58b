import { parseTestPersons } from '../persons/test-persons';
import { parseLoginForm, requestedAcr } from './login-form';

const persons = parseTestPersons([
  { pid: '01818510159', name: 'Kari Nordmann', description: 'Rapportør' },
  { pid: null, name: 'Jane Doe', description: 'Utenlandsk eID' },
]);

describe('parseLoginForm', () => {
  it('should log in the chosen person at the chosen level', () => {
    expect(
      parseLoginForm(
        { person: '01818510159', fodselsnummer: '', acr: 'idporten-loa-high' },
        persons,
      ),
    ).toEqual({
      ok: true,
      identity: { key: '01818510159', pid: '01818510159' },
      acr: 'idporten-loa-high',
    });
  });

  it('should log in the foreign eID without a pid', () => {
    expect(
      parseLoginForm(
        { person: 'eidas-jane-doe', acr: 'idporten-loa-substantial' },
        persons,
      ),
    ).toMatchObject({
      ok: true,
      identity: { key: 'eidas-jane-doe', pid: null },
    });
  });

  it('should prefer a typed valid fødselsnummer, seeded or not', () => {
    expect(
      parseLoginForm(
        {
          person: '01818510159',
          fodselsnummer: ' 479067 01517 ',
          acr: 'idporten-loa-substantial',
        },
        persons,
      ),
    ).toMatchObject({ ok: true, identity: { pid: '47906701517' } });
  });

  it('should refuse a typed number that fails the mod-11 check, keeping what was typed', () => {
    expect(
      parseLoginForm(
        { person: '', fodselsnummer: '01818510158', acr: 'idporten-loa-high' },
        persons,
      ),
    ).toEqual({
      ok: false,
      values: {
        person: '',
        fodselsnummer: '01818510158',
        acr: 'idporten-loa-high',
      },
      errors: [
        {
          field: 'fodselsnummer',
          message:
            'Fødselsnummeret er ikke gyldig. Kontroller at du har skrevet det riktig.',
        },
      ],
    });
  });

  it('should refuse a typed number that is not 11 digits', () => {
    expect(
      parseLoginForm(
        { fodselsnummer: '123', acr: 'idporten-loa-high' },
        persons,
      ),
    ).toMatchObject({
      ok: false,
      errors: [
        { field: 'fodselsnummer', message: 'Fødselsnummeret må ha 11 siffer.' },
      ],
    });
  });

  it('should ask for a person when nothing is chosen or typed', () => {
    expect(parseLoginForm({ acr: 'idporten-loa-high' }, persons)).toMatchObject(
      {
        ok: false,
        errors: [{ field: 'person' }],
      },
    );
  });

  it('should refuse an unknown level', () => {
    expect(
      parseLoginForm({ person: '01818510159', acr: 'Level4' }, persons),
    ).toMatchObject({ ok: false, errors: [{ field: 'acr' }] });
  });
});

describe('requestedAcr', () => {
  it.each([
    [undefined, 'idporten-loa-substantial'],
    ['idporten-loa-high', 'idporten-loa-high'],
    ['Level3 idporten-loa-high', 'idporten-loa-high'],
    ['Level4', 'idporten-loa-substantial'],
  ])('should read %p as %s', (acrValues, expected) => {
    expect(requestedAcr(acrValues)).toBe(expected);
  });
});
