import type { ServiceDefinition } from '@bvr/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { gatewayModule } from './app.module';
import { Env, readEnv } from './config/env';
import { mountApiProxy } from './proxy/api-proxy';
import { upstreamsFrom } from './proxy/upstreams';
import { securityHeaders } from './security/security-headers';
import { mountSpa } from './spa/spa';

export const gatewayService: ServiceDefinition<Env> = {
  name: 'gateway',
  description:
    "The browser's single origin: serves the SPA, sets the security headers and proxies /api/<service>/… to the services.",
  loadEnv: readEnv,
  module: gatewayModule,
  // The gateway reads no request bodies itself; proxied ones must reach the services as sent.
  bodyParser: false,
  // Handlers added with app.use run in this order, after the request id and before Nest's own
  // middleware and routes (/health, /docs), which Nest registers when the app starts.
  configure: (app, env) => {
    app.use(securityHeaders({ hsts: env.NODE_ENV !== 'development' }));
    mountApiProxy(app, upstreamsFrom(env));
    mountSpa(app as NestExpressApplication, env.WEB_ROOT);
  },
};
