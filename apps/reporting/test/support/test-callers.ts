/** Someone calling the reporting API: the subject and the compact grants of their access token. */
export interface TestCaller {
  id: string;
  grants: string[];
  /** Default: a person. */
  kind?: 'person' | 'machine';
}

export const bufdir: TestCaller = {
  id: 'bufdir-sara',
  grants: ['bufdir@national'],
};
export const platformAdmin: TestCaller = {
  id: 'admin-1',
  grants: ['platform-admin@national'],
};
export const bergenReporter: TestCaller = {
  id: 'reporter-kari',
  grants: ['unit-reporter@unit:4601'],
};
export const vestlandCaseworker: TestCaller = {
  id: 'sf-vestland-per',
  grants: ['statsforvalter-caseworker@office:sf-vestland'],
};
export const osloVikenCaseworker: TestCaller = {
  id: 'sf-oslo-viken-lise',
  grants: ['statsforvalter-caseworker@office:sf-oslo-viken'],
};
/** Logged in, with no role at all. */
export const withoutRole: TestCaller = { id: 'ole', grants: [] };
/** A reporter of Kinn (4602, Vestland): same office as Bergen, another kommune. */
export const kinnReporter: TestCaller = {
  id: 'reporter-nils',
  grants: ['unit-reporter@unit:4602'],
};
/** The case system (fagsystem) of bydel Arna in Bergen, reporting by machine. */
export const arnaMachine: TestCaller = {
  id: 'client:fagsystem-arna',
  kind: 'machine',
  grants: ['machine-reporter@unit:460101'],
};
