import { ErrorCode } from '@bvr/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

export const XML_CONTENT_TYPES = [
  'application/xml',
  'text/xml',
  'application/bpmn+xml',
];
export const XML_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Models are sent as their XML, the way modellers save them, up to 2 MB. */
export function useXmlBody(app: NestExpressApplication): void {
  app.useBodyParser('text', {
    type: XML_CONTENT_TYPES,
    limit: XML_BODY_LIMIT_BYTES,
  });
  // Runs right after the parser: a body over the limit gets a JSON answer, not express's HTML page.
  app.use(tooLargeAsJson);
}

function tooLargeAsJson(
  error: { type?: string; length?: number } | undefined,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (error?.type !== 'entity.too.large') return next(error);
  const size = error.length ? ` is ${megabytes(error.length)} and` : '';
  response.status(413).json({
    statusCode: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: `The BPMN file${size} is larger than the limit of ${megabytes(XML_BODY_LIMIT_BYTES)}; remove embedded images or documentation, or split the process, and upload it again.`,
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
