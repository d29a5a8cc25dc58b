import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { Options } from 'pino-http';
import {
  currentRequestContext,
  requestIdFrom,
} from '../context/request-context';
import { REQUEST_ID_HEADER } from '../context/request-id.middleware';

export interface LoggingOptions {
  service: string;
  level: string;
}

/** Structured JSON logs: every line names the service and the request or job id it belongs to; secrets are redacted. */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: pinoHttpOptions(options) })],
    };
  }
}

function pinoHttpOptions(options: LoggingOptions): Options {
  return {
    level: options.level,
    base: { service: options.service },
    messageKey: 'message',
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    genReqId: (req: IncomingMessage) =>
      requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    mixin: () => {
      const context = currentRequestContext();
      return context
        ? {
            requestId: context.requestId,
            ...(context.jobId && { jobId: context.jobId }),
          }
        : {};
    },
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
    ],
    autoLogging: { ignore: (req) => req.url === '/health' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
