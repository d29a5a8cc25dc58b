import type { NestExpressApplication } from '@nestjs/platform-express';
import { useXmlBody } from './http/xml-body';

/** Models are deployed as their XML, the way modelers save them. */
export function configureWorkflowApp(app: NestExpressApplication): void {
  useXmlBody(app);
}
