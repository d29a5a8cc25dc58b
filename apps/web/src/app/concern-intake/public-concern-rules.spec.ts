import { publicConcernReport } from '@bvr/contracts';
import {
  emptyGuardian,
  emptyPublicChild,
  emptyPublicDraft,
  type PublicDraft,
  publicErrors,
  publicRequest,
} from './public-concern-rules';

const filled: PublicDraft = {
  ...emptyPublicDraft({
    name: 'Lise Lærer',
    email: 'lise@skole.no',
    phone: '+47 912 34 567',
  }),
  kommunenummer: '4601',
  offentligMelder: {
    personnavn: 'Lise Lærer',
    rolle: 'Kontaktlærer',
    telefonnummer: '+47 912 34 567',
    epost: 'lise@skole.no',
    virksomhet: {
      navn: 'Nordnes skole',
      orgnr: '974 760 673',
      adresse: {
        adresselinje1: 'Skolegata 1',
        postnummer: '5005',
        poststed: 'Bergen',
      },
    },
  },
  offentligBarn: [{ ...emptyPublicChild(0), orientert: 'ja' }],
  foresatte: [
    { ...emptyGuardian(0), personnavn: 'Per Forelder', orientert: 'ja' },
  ],
  melding: {
    melding: 'Eleven kommer sulten.',
    historie: '',
    andreSynspunkter: '',
  },
};

describe('the form for public employees', () => {
  it('starts from the profile’s name, e-mail and phone, with one child and one guardian', () => {
    const draft = emptyPublicDraft({
      name: 'Lise',
      email: null,
      phone: '912 34 567',
    });
    expect(draft.offentligMelder).toMatchObject({
      personnavn: 'Lise',
      epost: '',
      telefonnummer: '912 34 567',
    });
    expect(draft.offentligBarn).toHaveLength(1);
    expect(draft.foresatte).toHaveLength(1);
    expect(emptyPublicDraft(null).offentligMelder.personnavn).toBe('');
  });

  it('sends the contract’s JSON without empty optional text', () => {
    const body = publicRequest(filled);
    expect(body).toEqual({
      kommunenummer: '4601',
      offentligMelder: {
        personnavn: 'Lise Lærer',
        rolle: 'Kontaktlærer',
        telefonnummer: '+47 912 34 567',
        epost: 'lise@skole.no',
        virksomhet: {
          navn: 'Nordnes skole',
          orgnr: '974760673',
          adresse: {
            adresselinje1: 'Skolegata 1',
            postnummer: '5005',
            poststed: 'Bergen',
          },
        },
      },
      offentligBarn: [{ ufoedt: false, orientert: 'ja' }],
      foresatte: [{ personnavn: 'Per Forelder', orientert: 'ja' }],
      behovForTolk: false,
      melding: { melding: 'Eleven kommer sulten.' },
    });
    expect(JSON.stringify(body)).not.toContain('""');
    expect(publicConcernReport.safeParse(body).success).toBe(true);
    expect(publicErrors(filled)).toEqual([]);
  });

  it('sends the reason only when the family has not been told, and no fødselsnummer for an unborn child', () => {
    const body = publicRequest({
      ...filled,
      offentligBarn: [
        {
          ...emptyPublicChild(0),
          fnr: '010120 12345',
          orientert: 'ja',
          orientertGrunn: 'skrevet før svaret ble endret',
        },
        {
          ...emptyPublicChild(1),
          fnr: '01012012345',
          ufoedt: true,
          orientert: 'nei',
          orientertGrunn: ' Fare for barnet ',
        },
      ],
      behovForTolk: true,
    });
    expect(body.offentligBarn).toEqual([
      { fnr: '01012012345', ufoedt: false, orientert: 'ja' },
      { ufoedt: true, orientert: 'nei', orientertGrunn: 'Fare for barnet' },
    ]);
    expect(body.behovForTolk).toBe(true);
  });

  it('asks for what is missing with the contract’s messages, in the order of the form', () => {
    expect(
      publicErrors({
        ...emptyPublicDraft(null),
        offentligBarn: [{ ...emptyPublicChild(0), fnr: '123' }],
      }).map((e) => [e.fieldId, e.message]),
    ).toEqual([
      ['offentlig-kommunenummer', 'Velg kommunen meldingen skal sendes til.'],
      ['offentlig-offentligMelder-personnavn', 'Fyll inn navnet ditt.'],
      ['offentlig-offentligMelder-rolle', 'Fyll inn rollen din.'],
      [
        'offentlig-offentligMelder-telefonnummer',
        'Telefonnummeret må ha 8 til 15 siffer.',
      ],
      ['offentlig-offentligMelder-epost', 'Skriv en gyldig e-postadresse.'],
      [
        'offentlig-offentligMelder-virksomhet-navn',
        'Fyll inn navnet på virksomheten.',
      ],
      [
        'offentlig-offentligMelder-virksomhet-orgnr',
        'Organisasjonsnummeret har ni siffer.',
      ],
      [
        'offentlig-offentligMelder-virksomhet-adresse-adresselinje1',
        'Fyll inn adresse.',
      ],
      ['offentlig-offentligBarn-0-fnr', 'Fødselsnummeret har elleve siffer.'],
      [
        'offentlig-offentligBarn-0-orientert',
        'Svar på om familien er orientert.',
      ],
      [
        'offentlig-foresatte-0-personnavn',
        'Fyll inn navnet til den foresatte.',
      ],
      ['offentlig-foresatte-0-orientert', 'Svar på om familien er orientert.'],
      ['offentlig-melding-melding', 'Fyll inn hva du er bekymret for.'],
    ]);
  });

  it('checks the longer texts against their limits', () => {
    const errors = publicErrors({
      ...filled,
      andreHjelpeinstanser: 'a'.repeat(2001),
      melding: { ...filled.melding, historie: 'a'.repeat(20_001) },
    });
    expect(errors.map((e) => e.fieldId)).toEqual([
      'offentlig-melding-historie',
      'offentlig-andreHjelpeinstanser',
    ]);
  });
});
