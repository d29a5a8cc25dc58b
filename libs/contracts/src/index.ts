export * from './queue-contract';
export * from './notification.contracts';
export * from './error-codes';
export * from './workflow';
export * from './identity/roles';
export * from './identity/contact';
export * from './identity/session-cookie';
export * from './identity/fodselsnummer';
