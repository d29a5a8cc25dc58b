export * from './test-database';
export * from './child-service';
export * from './browserless-client';
export * from './html-forms';
export * from './openapi-security';
export * from './json-fuzz';
