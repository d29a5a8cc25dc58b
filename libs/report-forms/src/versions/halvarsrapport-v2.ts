import type { FormDefinition } from '../model/form-definition';
import { HALVARSRAPPORT_V1 } from './halvarsrapport-v1';
import { reviseDefinition } from './revise-definition';
import { SOURCES, sources } from './sources';

/** New-Act references below come from no letter: letter 003 only says they were updated. */
const NEW_ACT = { legalReferenceProvenance: 'modelled' } as const;
/** Where we could not check the 2021 Act's paragraph, the reference is left out rather than guessed. */
const REFERENCE_UNKNOWN = {
  legalReference: undefined,
  legalReferenceProvenance: undefined,
} as const;
const WITHDRAWN_POSITION = {
  withdrawn: true,
  source: sources(SOURCES.exportColumn, SOURCES.letter2023),
} as const;

/**
 * Version 2, first used for 1. halvår 2023 (letter 003): the positions points are withdrawn
 * without re-lettering, and legal references follow the Child Welfare Act of 2021.
 */
export const HALVARSRAPPORT_V2: FormDefinition = reviseDefinition(
  HALVARSRAPPORT_V1,
  {
    version: 2,
    validFrom: { year: 2023, half: 1 },
    title: 'Kommunenes halvårsrapportering på barnevernsområdet',
    points: {
      M1: {
        ...NEW_ACT,
        legalReference: 'barnevernsloven § 2-1',
        help: 'Tell alle meldinger barnevernstjenesten har mottatt i perioden, også meldinger som er henlagt.',
      },
      M2: { ...NEW_ACT, legalReference: 'barnevernsloven § 2-1' },
      U1: { ...NEW_ACT, legalReference: 'barnevernsloven § 2-2' },
      U2: {
        ...NEW_ACT,
        legalReference: 'barnevernsloven § 2-2',
        help: 'Fristen for en undersøkelse er 3 måneder, i særlige tilfeller 6 måneder. Statsforvalteren vurderer fristoverskridelsene når skjemaet kontrolleres.',
      },
      U3: {
        ...NEW_ACT,
        label:
          'Antall saker med mellom 3-6 måneders undersøkelsestid hvor beslutning om utvidet undersøkelse er godkjent av statsforvalteren',
        // Letter 003: for kommuner on a new case system the Statsforvalter no longer reports this.
        required: false,
        help: 'Fylles ut av statsforvalteren under kontrollen av skjemaet. Fylles ikke ut for kommuner som har tatt i bruk nytt fagsystem: for dem melder statsforvalteren beslutningen til barnevernstjenesten fortløpende i hver sak.',
        legalReference: 'barnevernsloven § 2-2',
        provenance: 'modelled',
        source: sources(SOURCES.userGuide, SOURCES.letter2023),
      },
      O1: { ...NEW_ACT, legalReference: 'barnevernsloven § 5-1' },
      O2: REFERENCE_UNKNOWN,
      A1: {
        ...NEW_ACT,
        label:
          'Antall barn med hjelpetiltak etter § 3-1 på registreringstidspunktet',
        legalReference: 'barnevernsloven § 3-1',
      },
      A2: REFERENCE_UNKNOWN,
      A3: {
        ...NEW_ACT,
        label:
          'Antall barn med tiltaksplan som har hatt sammenhengende tiltak etter § 3-1 i 3 måneder eller mer på registreringstidspunktet',
        legalReference: 'barnevernsloven § 3-1',
        source: sources(
          SOURCES.letter2016,
          SOURCES.exportColumn,
          `${SOURCES.letter2023}: bokstaveringen er uendret, lovhenvisningen i teksten er modellert`,
        ),
      },
      'A3.1': REFERENCE_UNKNOWN,
      F1: REFERENCE_UNKNOWN,
      F3: {
        ...REFERENCE_UNKNOWN,
        label:
          'Antall barn som har bodd i fosterhjem i mer enn ett år og som barnevernstjenesten har ansvar for å følge opp',
      },
      F5: {
        label:
          'Er ansvaret for tilsyn med barn i fosterhjem lagt til andre i kommunen enn barnevernstjenesten?',
      },
      S1: WITHDRAWN_POSITION,
      S2: WITHDRAWN_POSITION,
      S3: WITHDRAWN_POSITION,
    },
  },
);
