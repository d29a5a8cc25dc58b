import type {
  ConcernSetupInput,
  PrivateConcernReport,
  publicConcernReport,
  ReceivingUnitDetails,
} from '@bvr/contracts';
import type { z } from 'zod';
import type { TestCaller } from './concern-test-app';

export const bergenAdmin: TestCaller = {
  id: 'hans',
  grants: ['concern-admin@unit:4601'],
};
export const stavangerAdmin: TestCaller = {
  id: 'marte',
  grants: ['concern-admin@unit:1103'],
};
export const bergenCaseworker: TestCaller = {
  id: 'tor',
  grants: ['concern-caseworker@unit:4601'],
};
export const bergenhusCaseworker: TestCaller = {
  id: 'kari-b',
  grants: ['concern-caseworker@unit:460102'],
};
export const arnaCaseworker: TestCaller = {
  id: 'arne-a',
  grants: ['concern-caseworker@unit:460101'],
};
export const stavangerCaseworker: TestCaller = {
  id: 'anne',
  grants: ['concern-caseworker@unit:1103'],
};
export const withoutRole: TestCaller = { id: 'ole', grants: [] };

/** A sentence that must never be found in stored bytes once the message is gone. */
export const SECRET_TEXT = 'Naboen roper hver natt og barnet Lillegutt gråter';

export function unitDetails(name: string): ReceivingUnitDetails {
  return {
    mottakeradresse: {
      navn: `Barneverntjenesten ${name}`,
      adresselinje1: 'Postboks 7700',
      postnummer: '5020',
      poststed: 'Bergen',
    },
    kontakt: { epost: 'kontakt@bergen.kommune.test', telefon: '55 56 56 56' },
    varselEposter: ['varsel@bergen.kommune.test', 'leder@bergen.kommune.test'],
  };
}

export function bergenSetup(): ConcernSetupInput {
  return {
    harBydeler: true,
    standardBydel: { bydelsnummer: '02', bydelsnavn: 'Bergenhus' },
    mottak: 'manuell',
    ...unitDetails('Bergenhus'),
  };
}

export function privateReport(
  overrides: Partial<PrivateConcernReport> = {},
): PrivateConcernReport {
  return {
    kommunenummer: '4601',
    privatMelder: { personnavn: 'Synne Syntetisk', telefonnummer: '90000000' },
    privatBarn: [
      {
        personnavn: 'Lillegutt Testesen',
        adresse: {
          adresselinje1: 'Testveien 1',
          postnummer: '5003',
          poststed: 'Bergen',
        },
        antattAlder: '6 år',
      },
    ],
    melding: SECRET_TEXT,
    ...overrides,
  };
}

type PublicConcernReport = z.input<typeof publicConcernReport>;

/** A report by a public employee (a teacher), as the logged-in form sends it. */
export function publicReport(
  overrides: Partial<PublicConcernReport> = {},
): PublicConcernReport {
  return {
    kommunenummer: '4601',
    offentligMelder: {
      personnavn: 'Lærer Lund',
      rolle: 'Kontaktlærer',
      telefonnummer: '91000000',
      epost: 'lund@skole.test',
      virksomhet: {
        navn: 'Testskolen',
        orgnr: '974600951',
        adresse: { adresselinje1: 'Skoleveien 2' },
      },
    },
    offentligBarn: [
      {
        personnavn: 'Elev Eksempel',
        orientert: 'nei',
        orientertGrunn: 'Fare for barnet',
      },
    ],
    foresatte: [{ personnavn: 'Forelder Eksempel', orientert: 'nei' }],
    melding: { melding: 'Eleven har blåmerker.' },
    ...overrides,
  };
}
