import { AuthModule } from '@bvr/auth';
import { DomainErrorFilter, platformModules } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Env, IdentityConfig } from './config/env';
import { database } from './database';
import { AccessApplicationsConfig } from './modules/access-applications/access-applications.config';
import {
  accessApplicationQueues,
  AccessApplicationsModule,
} from './modules/access-applications/access-applications.module';
import { GrantsHttpController } from './modules/grants/grants.http.controller';
import { RoleGrants } from './modules/grants/role-grants.service';
import { LoginFlow } from './modules/login/login-flow.service';
import { LoginHttpController } from './modules/login/login.http.controller';
import { OidcConfiguration } from './modules/login/oidc-configuration';
import { SessionTokens } from './modules/login/session-tokens.service';
import {
  MachineClientsHttpController,
  OauthTokenHttpController,
} from './modules/machine-clients/machine-clients.http.controller';
import { MachineClients } from './modules/machine-clients/machine-clients.service';
import { MachineTokens } from './modules/machine-clients/machine-tokens.service';
import {
  notificationQueues,
  NotificationsModule,
} from './modules/notifications/notifications.module';
import { AccessTokenIssuer } from './modules/tokens/access-token.issuer';
import { JwksHttpController } from './modules/tokens/jwks.http.controller';
import { SigningKeys } from './modules/tokens/signing-keys.service';
import { MeHttpController } from './modules/users/me.http.controller';
import { UserDirectory } from './modules/users/user-directory.service';

export function identityModule(env: Env): Type {
  @Module({
    imports: [
      ...platformModules({
        service: 'identity',
        env,
        database,
        queues: [...notificationQueues, ...accessApplicationQueues],
      }),
      // Identity verifies the tokens it issued for itself like any other service: through its JWKS.
      AuthModule.forRoot({
        audience: 'identity',
        issuer: env.TOKEN_ISSUER,
        keys: {
          jwksUrl: new URL('/.well-known/jwks.json', env.TOKEN_ISSUER).href,
        },
      }),
      NotificationsModule,
      AccessApplicationsModule.register(
        env.REPORTING_URL,
        new AccessApplicationsConfig(env.APPLICATION_COMMAND_LOST_AFTER_MS),
      ),
    ],
    controllers: [
      LoginHttpController,
      JwksHttpController,
      MeHttpController,
      GrantsHttpController,
      MachineClientsHttpController,
      OauthTokenHttpController,
    ],
    providers: [
      { provide: IdentityConfig, useValue: { env } },
      { provide: APP_FILTER, useClass: DomainErrorFilter },
      SigningKeys,
      AccessTokenIssuer,
      UserDirectory,
      RoleGrants,
      OidcConfiguration,
      LoginFlow,
      SessionTokens,
      MachineClients,
      MachineTokens,
    ],
  })
  class IdentityModule {}
  return IdentityModule;
}
