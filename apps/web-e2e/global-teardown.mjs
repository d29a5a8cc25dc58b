import { dropDatabase } from '../../tools/stack/infra.mjs';
import { terminate } from '../../tools/stack/launch.mjs';

export default async function globalTeardown() {
  const e2e = globalThis.__E2E__;
  if (!e2e) return;
  await Promise.all([e2e.services.stop(), terminate(e2e.mail.child)]);
  await dropDatabase(e2e.stack.databaseUrl);
}
