import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AUTH_OPTIONS, type AuthOptions } from './auth.options';
import { AccessTokenGuard } from './guard/access-token.guard';
import { UNIT_DIRECTORY, type UnitDirectory } from './guard/unit-directory';
import { AccessTokenVerifier } from './tokens/access-token.verifier';

/** Every route of the importing service requires a valid access token, unless marked `@PublicRoute()`. */
@Module({})
export class AuthModule {
  static forRoot(
    options: AuthOptions,
    directory?: {
      imports: ModuleMetadata['imports'];
      useClass: Type<UnitDirectory>;
    },
  ): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: directory?.imports ?? [],
      providers: [
        ...(directory
          ? [{ provide: UNIT_DIRECTORY, useClass: directory.useClass }]
          : []),
        { provide: AUTH_OPTIONS, useValue: options },
        AccessTokenVerifier,
        { provide: APP_GUARD, useClass: AccessTokenGuard },
      ],
      exports: [AccessTokenVerifier],
    };
  }
}
