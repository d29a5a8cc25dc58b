import { privateConcernReport } from '@bvr/contracts';
import {
  EMPTY_PRIVATE_DRAFT,
  emptyPrivateChild,
  type PrivateDraft,
  privateErrors,
  privateRequest,
} from './private-concern-rules';

const filled: PrivateDraft = {
  ...EMPTY_PRIVATE_DRAFT,
  kommunenummer: '4601',
  privatMelder: {
    personnavn: ' Kari Nordmann ',
    telefonnummer: '',
    adresse: { adresselinje1: '', postnummer: '', poststed: '' },
  },
  privatBarn: [
    {
      ...emptyPrivateChild(0),
      personnavn: 'Ola',
      adresse: { adresselinje1: 'Storgata 1', postnummer: '', poststed: '' },
    },
  ],
  melding: 'Jeg er bekymret.',
};

describe('the private form', () => {
  it('sends the contract’s JSON without empty optional text', () => {
    const body = privateRequest(filled);
    expect(body).toEqual({
      kommunenummer: '4601',
      privatMelder: { personnavn: 'Kari Nordmann' },
      privatBarn: [
        { personnavn: 'Ola', adresse: { adresselinje1: 'Storgata 1' } },
      ],
      melding: 'Jeg er bekymret.',
    });
    expect(JSON.stringify(body)).not.toContain('""');
    expect(privateConcernReport.safeParse(body).success).toBe(true);
    expect(privateErrors(filled)).toEqual([]);
  });

  it('sends the bydel, the confirmation address and optional details when given', () => {
    const body = privateRequest({
      ...filled,
      bydelsnummer: '02',
      kvitteringEpost: ' kari@example.no ',
      privatMelder: {
        personnavn: 'Kari',
        telefonnummer: '912 34 567',
        adresse: {
          adresselinje1: 'Lia 2',
          postnummer: '5003',
          poststed: 'Bergen',
        },
      },
      privatBarn: [
        { ...filled.privatBarn[0], antattAlder: '7 år', relasjon: 'Nabo' },
      ],
    });
    expect(body).toMatchObject({
      bydelsnummer: '02',
      kvitteringEpost: 'kari@example.no',
      privatMelder: {
        telefonnummer: '912 34 567',
        adresse: {
          adresselinje1: 'Lia 2',
          postnummer: '5003',
          poststed: 'Bergen',
        },
      },
      privatBarn: [{ antattAlder: '7 år', relasjon: 'Nabo' }],
    });
    expect(privateConcernReport.safeParse(body).success).toBe(true);
  });

  it('asks for what is missing with the contract’s messages, in the order of the form', () => {
    expect(
      privateErrors({
        ...EMPTY_PRIVATE_DRAFT,
        kvitteringEpost: 'ikke-epost',
        privatBarn: [emptyPrivateChild(0), emptyPrivateChild(1)],
      }),
    ).toEqual([
      {
        fieldId: 'privat-kommunenummer',
        message: 'Velg kommunen meldingen skal sendes til.',
      },
      {
        fieldId: 'privat-privatMelder-personnavn',
        message: 'Fyll inn navnet ditt.',
      },
      {
        fieldId: 'privat-privatBarn-0-personnavn',
        message: 'Fyll inn navnet til barnet.',
      },
      {
        fieldId: 'privat-privatBarn-0-adresse-adresselinje1',
        message: 'Fyll inn adresse.',
      },
      {
        fieldId: 'privat-privatBarn-1-personnavn',
        message: 'Fyll inn navnet til barnet.',
      },
      {
        fieldId: 'privat-privatBarn-1-adresse-adresselinje1',
        message: 'Fyll inn adresse.',
      },
      {
        fieldId: 'privat-melding',
        message: 'Fyll inn hva du er bekymret for.',
      },
      {
        fieldId: 'privat-kvitteringEpost',
        message: 'Skriv en gyldig e-postadresse.',
      },
    ]);
  });

  it('checks the sender’s address only when something of it is filled in', () => {
    expect(
      privateErrors({
        ...filled,
        privatMelder: {
          ...filled.privatMelder,
          telefonnummer: '12',
          adresse: { adresselinje1: '', postnummer: '50', poststed: '' },
        },
      }).map((e) => e.fieldId),
    ).toEqual([
      'privat-privatMelder-telefonnummer',
      'privat-privatMelder-adresse-adresselinje1',
      'privat-privatMelder-adresse-postnummer',
    ]);
  });

  it('takes at most 20 000 characters of message', () => {
    expect(privateErrors({ ...filled, melding: 'a'.repeat(20_000) })).toEqual(
      [],
    );
    expect(privateErrors({ ...filled, melding: 'a'.repeat(20_001) })).toEqual([
      {
        fieldId: 'privat-melding',
        message: 'Hva du er bekymret for kan ha høyst 20000 tegn.',
      },
    ]);
  });
});
