import type { publicConcernReport } from '@bvr/contracts';
import type { z } from 'zod';

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
