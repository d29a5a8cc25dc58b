import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';

interface CachedToken {
  value: string;
  /** Epoch ms after which it is fetched again (before it expires). */
  renewAt: number;
}

const MAX_SESSIONS = 10_000;
const RENEW_BEFORE_EXPIRY_MS = 30_000;

/**
 * Turns the browser's session cookie into an access token per service, by asking identity, and
 * keeps each token until shortly before it expires. Keys are hashes: no session id is kept in clear.
 */
export class SessionAccessTokens {
  private readonly logger = new Logger(SessionAccessTokens.name);
  private readonly cache = new Map<string, Map<string, CachedToken>>();

  constructor(
    private readonly identityUrl: string,
    private readonly cookieName: string,
  ) {}

  /** The token for `audience`, or null when the session is gone (the call then goes on without one). */
  async tokenFor(
    sessionCookie: string,
    audience: string,
  ): Promise<string | null> {
    const key = hash(sessionCookie);
    const cached = this.cache.get(key)?.get(audience);
    if (cached && cached.renewAt > Date.now()) return cached.value;
    const fetched = await this.fetch(sessionCookie, audience);
    if (!fetched) {
      this.cache.delete(key);
      return null;
    }
    this.remember(key, audience, fetched);
    return fetched.value;
  }

  /** After logout: this gateway forgets the session's tokens at once. */
  forget(sessionCookie: string): void {
    this.cache.delete(hash(sessionCookie));
  }

  private async fetch(
    sessionCookie: string,
    audience: string,
  ): Promise<CachedToken | null> {
    const url = new URL('/auth/token', this.identityUrl);
    url.searchParams.set('audience', audience);
    const response = await fetch(url, {
      headers: {
        cookie: `${this.cookieName}=${encodeURIComponent(sessionCookie)}`,
      },
    });
    if (response.status === 401) return null;
    if (!response.ok) {
      this.logger.warn(
        { status: response.status, audience },
        'identity did not issue a token',
      );
      return null;
    }
    const body = (await response.json()) as {
      accessToken: string;
      expiresIn: number;
    };
    return {
      value: body.accessToken,
      renewAt: Date.now() + body.expiresIn * 1000 - RENEW_BEFORE_EXPIRY_MS,
    };
  }

  private remember(key: string, audience: string, token: CachedToken): void {
    let tokens = this.cache.get(key);
    if (!tokens) {
      if (this.cache.size >= MAX_SESSIONS)
        this.cache.delete(this.cache.keys().next().value as string);
      tokens = new Map();
      this.cache.set(key, tokens);
    }
    tokens.set(audience, token);
  }
}

const hash = (value: string) =>
  createHash('sha256').update(value).digest('base64url');
