import type { NextFunction, Request, Response } from 'express';
import { requestIdFrom, runWithRequestContext } from './request-context';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Express middleware: adopts or creates the request id, echoes it, and runs the rest of the request inside its context. */
export function requestIdMiddleware(
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  runWithRequestContext({ requestId }, next);
}
