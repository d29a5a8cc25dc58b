import type { NestExpressApplication } from '@nestjs/platform-express';

/** Models are deployed as their XML, the way modelers save them. */
export function configureWorkflowApp(app: NestExpressApplication): void {
  app.useBodyParser('text', {
    type: ['application/xml', 'text/xml', 'application/bpmn+xml'],
    limit: '5mb',
  });
}
