export * from './queue-contract';
export * from './notification.contracts';
export * from './error-codes';
export * from './workflow';
