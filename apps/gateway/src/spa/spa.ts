import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { cspNonce } from '../security/security-headers';
import { isPageRequest } from './page-request';

export const SPA_NOT_BUILT = 'SPA not built: run npx nx build web';

/** Angular reads the CSP nonce for its component `<style>` elements from this attribute on the root element. */
const ROOT_ELEMENT = '<app-root';
/** Angular's output hashing: `main-JFVQAOZP.js`, `styles-N5EXIJPA.css`, `chunk-CMJ6JYD6.js`. */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(?:js|css)$/;
const ONE_YEAR = 365 * 24 * 3600;

const logger = new Logger('Spa');

/** index.html for every page request, then the files of the build; a missing build is a warning, not a crash. */
export function mountSpa(app: NestExpressApplication, webRoot: string): void {
  const indexPath = join(webRoot, 'index.html');
  warnIfUnusable(indexPath);
  app.use(servePage(indexPath));
  app.useStaticAssets(webRoot, {
    index: false,
    redirect: false,
    setHeaders: setCacheHeaders,
  });
}

/** index.html is read per request: it is small, and `nx build web` may replace it while the gateway runs. */
function servePage(indexPath: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const acceptsHtml = req.accepts('html') !== false;
    if (!isPageRequest({ method: req.method, path: req.path, acceptsHtml }))
      return next();
    let html: string;
    try {
      html = await readFile(indexPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      res.status(503).set('Cache-Control', 'no-store').type('text/plain');
      res.send(SPA_NOT_BUILT);
      return;
    }
    // The body differs per response (the nonce), so its ETag does too: no 304 can revive an old nonce.
    res.set('Cache-Control', 'no-cache').type('html');
    res.send(
      html.replace(
        ROOT_ELEMENT,
        `${ROOT_ELEMENT} ngCspNonce="${cspNonce(res)}"`,
      ),
    );
  };
}

function setCacheHeaders(res: ServerResponse, path: string): void {
  res.setHeader(
    'Cache-Control',
    HASHED_ASSET.test(path)
      ? `public, max-age=${ONE_YEAR}, immutable`
      : 'no-cache',
  );
}

function warnIfUnusable(indexPath: string): void {
  if (!existsSync(indexPath)) {
    logger.warn(
      `No index.html at ${indexPath}: pages answer 503 "${SPA_NOT_BUILT}" (set WEB_ROOT or build the SPA)`,
    );
  } else if (!readFileSync(indexPath, 'utf8').includes(ROOT_ELEMENT)) {
    logger.warn(
      `${indexPath} has no ${ROOT_ELEMENT}> element: Angular gets no CSP nonce and its component styles are blocked`,
    );
  }
}
