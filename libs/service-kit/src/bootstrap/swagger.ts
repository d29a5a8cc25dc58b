import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI at `/docs` (UI) and `/docs/openapi.json` (document). */
export function setupOpenApi(
  app: INestApplication,
  service: string,
  description: string,
): void {
  const config = new DocumentBuilder()
    .setTitle(`${service} API`)
    .setDescription(description)
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
  });
}
