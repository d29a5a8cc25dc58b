import { runService } from '@bvr/service-kit';
import { devIdportenModule } from './app.module';
import { readEnv } from './config/env';

void runService({
  name: 'dev-idporten',
  description:
    'A local OpenID Provider that behaves like ID-porten, for development and tests only.',
  loadEnv: readEnv,
  module: devIdportenModule,
});
