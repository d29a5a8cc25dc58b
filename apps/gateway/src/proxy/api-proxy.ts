import { REQUEST_ID_HEADER } from '@bvr/service-kit';
import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import {
  Agent,
  ClientRequest,
  IncomingMessage,
  ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { ErrorCode } from '@bvr/contracts';
import { GatewayErrorBody, upstreamUnavailableBody } from './gateway-errors';
import type { SessionAccessTokens } from '../session/access-tokens';
import type { Upstreams } from './upstreams';

export const API_PREFIX = '/api';

/** Cookies never reach a service: the session travels as an access token for that service only. */
const STRIPPED_REQUEST_HEADERS = ['cookie'];

export interface SessionAuth {
  sessionCookie: string;
  /** Upstreams identity issues access tokens for. */
  audiences: readonly string[];
  tokens: SessionAccessTokens;
}

const logger = new Logger('ApiProxy');

/**
 * Connections to the services are kept open between calls: without an agent the proxy opens and
 * closes one per call, which at a deadline spike costs the gateway and the service more than the
 * call itself. An idle connection is closed after 4 s, before Node's server would close it (5 s),
 * so a call never goes out on a connection the service is closing.
 */
const upstreamAgent = new Agent({ keepAlive: true, timeout: 4_000 });

/**
 * `/api/<service>/<path>` goes to `<service URL>/<path>`: Express strips the mount path from
 * `req.url`, so the proxy forwards only `<path>` and the query. Bodies are streamed, never parsed.
 */
export function mountApiProxy(
  app: INestApplication,
  upstreams: Upstreams,
  auth: SessionAuth,
): void {
  for (const [service, target] of Object.entries(upstreams)) {
    app.use(
      `${API_PREFIX}/${service}`,
      attachAccessToken(service, auth),
      createProxyMiddleware({
        target,
        changeOrigin: true,
        agent: upstreamAgent,
        on: {
          proxyReq: forwardRequest,
          proxyRes: (proxyRes) => {
            delete proxyRes.headers['x-powered-by'];
          },
          error: (error, _req, res) => upstreamUnavailable(service, error, res),
        },
      }),
    );
  }
  app.use(API_PREFIX, (req: Request, res: Response) =>
    unknownService(req, res, Object.keys(upstreams)),
  );
}

/**
 * With a session cookie, the call carries the session's access token for this service (none once the
 * session is gone: public endpoints still answer, the rest say 401). Without one, an Authorization
 * header the caller sent itself (a case system's machine token) goes through as sent.
 */
function attachAccessToken(service: string, auth: SessionAuth) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const session = (req.cookies as Record<string, string> | undefined)?.[
      auth.sessionCookie
    ];
    if (!session) return next();
    delete req.headers.authorization;
    if (!auth.audiences.includes(service)) return next();
    try {
      const token = await auth.tokens.tokenFor(session, service);
      if (token) req.headers.authorization = `Bearer ${token}`;
    } catch (error) {
      logger.warn(
        { reason: (error as Error).message },
        'identity did not answer for an access token',
      );
    }
    next();
  };
}

function forwardRequest(proxyReq: ClientRequest, req: IncomingMessage): void {
  for (const header of STRIPPED_REQUEST_HEADERS) proxyReq.removeHeader(header);
  // The service kit's middleware has already adopted or created the id; the service logs under the same one.
  const requestId = req.headers[REQUEST_ID_HEADER];
  if (typeof requestId === 'string')
    proxyReq.setHeader(REQUEST_ID_HEADER, requestId);
}

function upstreamUnavailable(
  service: string,
  error: Error,
  res: ServerResponse | Socket,
): void {
  logger.warn(
    {
      upstream: service,
      reason: (error as NodeJS.ErrnoException).code ?? error.message,
    },
    'upstream did not answer',
  );
  // Half a response cannot be turned into an error: cut the connection so the client sees it failed.
  if (!(res instanceof ServerResponse) || res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(upstreamUnavailableBody(service)));
}

function unknownService(req: Request, res: Response, known: string[]): void {
  const service = req.path.split('/')[1] ?? '';
  const body: GatewayErrorBody = {
    message: `Ukjent tjeneste «${service}». Kjente tjenester: ${known.join(', ')}.`,
    code: ErrorCode.UNKNOWN_SERVICE,
  };
  res.status(404).json(body);
}
