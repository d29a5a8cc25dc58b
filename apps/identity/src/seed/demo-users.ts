/**
 * The demo's people: the test persons of dev-idporten (same fødselsnummer) with their roles, so every
 * role is there in at least two kommuner and two Statsforvalter offices. Ingrid Berg has not registered
 * yet, to show "Start registrering"; Ole Uten Rolle has no role.
 */
export interface DemoUser {
  pid: string;
  name: string;
  registered: boolean;
  grants: string[];
}

const contact = (name: string) =>
  name.toLowerCase().replace(/ /g, '.').replace(/ø/g, 'o').replace(/å/g, 'a');

export const DEMO_USERS: DemoUser[] = [
  {
    pid: '01818510159',
    name: 'Kari Nordmann',
    registered: true,
    grants: ['unit-reporter@unit:4601'],
  },
  {
    pid: '12837910275',
    name: 'Ola Hansen',
    registered: true,
    grants: ['unit-reporter@unit:030101', 'unit-reporter@unit:030102'],
  },
  {
    pid: '23859010334',
    name: 'Ingrid Berg',
    registered: false,
    grants: ['unit-reporter@unit:1103'],
  },
  {
    pid: '04878210587',
    name: 'Per Johansen',
    registered: true,
    grants: ['statsforvalter-caseworker@office:sf-vestland'],
  },
  {
    pid: '15897510682',
    name: 'Lise Larsen',
    registered: true,
    grants: ['statsforvalter-caseworker@office:sf-oslo-viken'],
  },
  {
    pid: '26918810772',
    name: 'Nils Olsen',
    registered: true,
    grants: ['statsforvalter-caseworker@office:sf-rogaland'],
  },
  {
    pid: '07829310826',
    name: 'Sara Nilsen',
    registered: true,
    grants: ['bufdir@national'],
  },
  {
    pid: '18847010998',
    name: 'Jon Pedersen',
    registered: true,
    grants: ['publication-reader@county:46'],
  },
  {
    pid: '29868611039',
    name: 'Eva Kristiansen',
    registered: true,
    grants: ['publication-reader@national'],
  },
  {
    pid: '10889111130',
    name: 'Hans Andersen',
    registered: true,
    grants: ['concern-admin@unit:4601'],
  },
  {
    pid: '21907711460',
    name: 'Marte Jensen',
    registered: true,
    grants: ['concern-admin@unit:1103'],
  },
  {
    pid: '02928411594',
    name: 'Tor Karlsen',
    registered: true,
    grants: ['concern-caseworker@unit:4601'],
  },
  {
    pid: '13819511696',
    name: 'Anne Eriksen',
    registered: true,
    grants: ['concern-caseworker@unit:1103'],
  },
  {
    pid: '24838111765',
    name: 'Maria Haugen',
    registered: true,
    grants: ['platform-admin@national'],
  },
  { pid: '05857211806', name: 'Ole Uten Rolle', registered: true, grants: [] },
];

export const demoEmail = (user: DemoUser) =>
  `${contact(user.name)}@demo.barnevern.test`;
/** Distinct, valid Norwegian mobile numbers: 400 00 0NN. */
export const demoPhone = (index: number) =>
  `+474000${String(index).padStart(4, '0')}`;
