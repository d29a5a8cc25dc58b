import type { FormDefinition } from '../model/form-definition';
import { SOURCES, sources } from './sources';

/** Most points: a whole number the unit must give. */
const UNIT_COUNT = { kind: 'count', filledBy: 'unit', required: true } as const;
const FTE_HELP = 'Oppgi årsverk med høyst én desimal, for eksempel 2,5.';

/**
 * Version 1, first used for 2. halvår 2016 (letter 004: new solution, A3 and A3.1 reintroduced).
 * Legal references are to the Child Welfare Act of 1992 ("bvl.").
 * Lettering: M meldinger, U undersøkelser, O omsorg, A tiltak (fixed by the letter), F fosterhjem,
 * S stillinger, K merknader.
 */
export const HALVARSRAPPORT_V1: FormDefinition = {
  formId: 'halvarsrapport',
  version: 1,
  validFrom: { year: 2016, half: 2 },
  title: 'Kommunenes halvårsrapportering på barnevernområdet',
  parts: [
    {
      number: 1,
      title: 'Meldinger',
      points: [
        {
          ...UNIT_COUNT,
          id: 'M1',
          label: 'Antall meldinger mottatt i halvåret',
          help: 'Tell alle meldinger barneverntjenesten har mottatt i perioden, også meldinger som er henlagt.',
          legalReference: 'bvl. § 4-2',
          legalReferenceProvenance: 'modelled',
          provenance: 'modelled',
          source: SOURCES.modelled,
        },
        {
          ...UNIT_COUNT,
          id: 'M2',
          parentId: 'M1',
          label: 'Antall av disse som er gjennomgått innen én uke',
          help: 'Meldinger skal gjennomgås snarest, og senest innen én uke.',
          legalReference: 'bvl. § 4-2',
          legalReferenceProvenance: 'modelled',
          provenance: 'modelled',
          source: SOURCES.modelled,
        },
      ],
    },
    {
      number: 2,
      title: 'Undersøkelser',
      points: [
        {
          ...UNIT_COUNT,
          id: 'U1',
          label: 'Antall undersøkelser avsluttet i halvåret',
          legalReference: 'bvl. § 4-3',
          legalReferenceProvenance: 'modelled',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'U2',
          parentId: 'U1',
          label: 'Antall av disse med undersøkelsestid over 3 måneder',
          help: 'Fristen for en undersøkelse er 3 måneder, i særlige tilfeller 6 måneder. Fylkesmannen vurderer fristoverskridelsene når skjemaet kontrolleres.',
          legalReference: 'bvl. § 6-9',
          legalReferenceProvenance: 'modelled',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'U3',
          parentId: 'U2',
          filledBy: 'statsforvalter',
          label:
            'Antall saker med mellom 3-6 måneders undersøkelsestid hvor beslutning om utvidet undersøkelse er godkjent av fylkesmannen',
          help: 'Fylles ut av fylkesmannen under kontrollen av skjemaet.',
          legalReference: 'bvl. § 6-9',
          legalReferenceProvenance: 'modelled',
          provenance: 'confirmed',
          source: SOURCES.userGuide,
        },
      ],
    },
    {
      number: 3,
      title: 'Barn under omsorg',
      points: [
        {
          ...UNIT_COUNT,
          id: 'O1',
          label: 'Antall barn under omsorg på registreringstidspunktet',
          legalReference: 'bvl. § 4-12',
          legalReferenceProvenance: 'modelled',
          provenance: 'modelled',
          source: SOURCES.modelled,
        },
        {
          ...UNIT_COUNT,
          id: 'O2',
          parentId: 'O1',
          label: 'Antall av disse med omsorgsplan',
          legalReference: 'bvl. § 4-15',
          legalReferenceProvenance: 'modelled',
          provenance: 'modelled',
          source: SOURCES.modelled,
        },
      ],
    },
    {
      number: 4,
      title: 'Antall barn totalt i tiltak på registreringstidspunktet',
      points: [
        {
          ...UNIT_COUNT,
          id: 'A1',
          label:
            'Antall barn med hjelpetiltak etter § 4-4 på registreringstidspunktet',
          legalReference: 'bvl. § 4-4',
          legalReferenceProvenance: 'confirmed',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'A2',
          parentId: 'A1',
          label: 'Antall av disse med tiltaksplan',
          legalReference: 'bvl. § 4-5',
          legalReferenceProvenance: 'confirmed',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'A3',
          parentId: 'A2',
          label:
            'Antall barn med tiltaksplan som har hatt sammenhengende tiltak etter § 4-4 i 3 måneder eller mer på registreringstidspunktet',
          legalReference: 'bvl. § 4-4',
          legalReferenceProvenance: 'confirmed',
          provenance: 'confirmed',
          source: sources(SOURCES.letter2016, SOURCES.exportColumn),
        },
        {
          ...UNIT_COUNT,
          id: 'A3.1',
          parentId: 'A3',
          label:
            'Antall barn som har hatt sin tiltaksplan evaluert siste halvår',
          legalReference: 'bvl. § 4-5',
          legalReferenceProvenance: 'modelled',
          provenance: 'confirmed',
          source: sources(SOURCES.letter2016, SOURCES.exportColumn),
        },
      ],
    },
    {
      number: 5,
      title: 'Barn i fosterhjem',
      points: [
        {
          ...UNIT_COUNT,
          id: 'F1',
          label:
            'Antall barn som har bodd i fosterhjem i mer enn ett år og som det skal føres tilsyn med',
          help: 'Tilsyn skal føres minst fire ganger i året, eller to ganger i året når antallet besøk er redusert.',
          legalReference: 'fosterhjemsforskriften § 9',
          legalReferenceProvenance: 'modelled',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'F2',
          parentId: 'F1',
          label: 'Antall av disse der kravet til tilsyn ikke er oppfylt',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'F3',
          label:
            'Antall barn som har bodd i fosterhjem i mer enn ett år og som barneverntjenesten har ansvar for å følge opp',
          legalReference: 'fosterhjemsforskriften § 7',
          legalReferenceProvenance: 'modelled',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          ...UNIT_COUNT,
          id: 'F4',
          parentId: 'F3',
          label:
            'Antall av disse der kravet til oppfølgingsbesøk ikke er oppfylt',
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          id: 'F5',
          kind: 'yesNo',
          filledBy: 'unit',
          required: false,
          label:
            'Er ansvaret for tilsyn med barn i fosterhjem lagt til andre i kommunen enn barneverntjenesten?',
          help: 'Kommunen oppfordres likevel til å rapportere om tilsynet (F1 og F2).',
          provenance: 'modelled',
          source: sources(SOURCES.modelled, SOURCES.letter2016),
        },
      ],
    },
    {
      number: 6,
      title: 'Stillinger',
      points: [
        {
          id: 'S1',
          kind: 'decimal',
          filledBy: 'unit',
          required: true,
          label: 'Antall årsverk til saksbehandling og administrasjon',
          help: FTE_HELP,
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          id: 'S2',
          kind: 'decimal',
          filledBy: 'unit',
          required: true,
          label: 'Antall årsverk til tiltak for barn som bor hjemme',
          help: FTE_HELP,
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
        {
          id: 'S3',
          kind: 'decimal',
          filledBy: 'unit',
          required: true,
          label:
            'Antall årsverk til tiltak for barn som er plassert utenfor hjemmet',
          help: FTE_HELP,
          provenance: 'confirmed',
          source: SOURCES.exportColumn,
        },
      ],
    },
    {
      number: 7,
      title: 'Merknader',
      points: [
        {
          id: 'K1',
          kind: 'text',
          filledBy: 'unit',
          required: false,
          label: 'Merknader til rapporteringen',
          help: 'Forklar gjerne tall som skiller seg fra forrige halvår. Ikke skriv navn eller andre opplysninger som kan identifisere barn eller familier.',
          provenance: 'modelled',
          source: SOURCES.modelled,
        },
      ],
    },
  ],
};
