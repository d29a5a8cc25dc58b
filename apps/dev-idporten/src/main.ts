import { runService } from '@bvr/service-kit';
import { Logger } from '@nestjs/common';
import { devIdportenModule } from './app.module';
import { readEnv } from './config/env';
import { DEV_IDPORTEN, DevIdporten } from './dev-idporten';
import { providerMiddleware } from './oidc/provider-middleware';

void runService({
  name: 'dev-idporten',
  description:
    'A local OpenID Provider that behaves like ID-porten, for development and tests only.',
  loadEnv: readEnv,
  module: devIdportenModule,
  configure: (app, env) => {
    const { provider, csp, persons } = app.get<DevIdporten>(DEV_IDPORTEN);
    app.getHttpAdapter().getInstance().disable('x-powered-by');
    app.use(providerMiddleware(provider, csp));
    new Logger('DevIdporten').log(
      `issuer ${env.ISSUER}, client ${env.CLIENT_ID}, ${persons.length} test persons; development and test only`,
    );
  },
});
