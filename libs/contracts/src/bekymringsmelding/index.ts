export * from './concern-report';
export * from './concern-setup';
