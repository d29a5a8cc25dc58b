export * from './auth.module';
export * from './auth.options';
export * from './auth.errors';
export * from './principal';
export * from './guard/decorators';
export * from './guard/unit-directory';
export * from './tokens/access-token.claims';
export * from './tokens/access-token.verifier';
