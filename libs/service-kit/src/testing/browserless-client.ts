interface StoredCookie {
  /** `protocol//host:port`: cookies here are host-only, as ours and the providers' are. */
  origin: string;
  name: string;
  value: string;
  path: string;
}

/** Response headers and body of one request, read at once. */
export interface HttpResult {
  status: number;
  headers: Headers;
  body: string;
  /** The absolute `Location`, if any. */
  location?: string;
}

/**
 * A browser without JavaScript: Node `fetch` with `redirect: 'manual'` and a cookie jar per origin
 * (name + path, no expiry beyond deletion), enough to walk a login across a gateway and a provider.
 */
export class BrowserlessClient {
  private cookies: StoredCookie[] = [];

  async get(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    return this.request(url, { method: 'GET', headers });
  }

  async postForm(
    url: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    return this.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: new URLSearchParams(form).toString(),
    });
  }

  async send(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    return this.request(url, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /**
   * Follows redirects (GET, as a browser does after 302/303) while they stay inside `origin`, or
   * everywhere when no origin is given, and returns the first answer that is not such a redirect.
   */
  async follow(first: HttpResult, origin?: string): Promise<HttpResult> {
    let result = first;
    for (let hops = 0; hops < 15; hops++) {
      if (!result.location) return result;
      if (origin && new URL(result.location).origin !== origin) return result;
      result = await this.get(result.location);
    }
    throw new Error('too many redirects');
  }

  /** The value of a cookie this client holds for `origin`. */
  cookie(origin: string, name: string): string | undefined {
    return this.cookies.find((c) => c.origin === origin && c.name === name)
      ?.value;
  }

  /** Sets or replaces a cookie, as a neighbour site or a tampering user could. */
  setCookie(origin: string, name: string, value: string, path = '/'): void {
    this.cookies = this.cookies.filter(
      (c) => !(c.origin === origin && c.name === name && c.path === path),
    );
    this.cookies.push({ origin, name, value, path });
  }

  private async request(url: string, init: RequestInit): Promise<HttpResult> {
    const target = new URL(url);
    const cookie = this.cookieHeader(target);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        ...(cookie && { cookie }),
      },
    });
    for (const line of response.headers.getSetCookie())
      this.store(target.origin, line);
    const location = response.headers.get('location');
    return {
      status: response.status,
      headers: response.headers,
      body: await response.text(),
      ...(location && { location: new URL(location, url).toString() }),
    };
  }

  private cookieHeader(target: URL): string {
    return this.cookies
      .filter(
        (cookie) =>
          cookie.origin === target.origin &&
          (target.pathname === cookie.path ||
            target.pathname.startsWith(cookie.path.replace(/\/?$/, '/'))),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  private store(origin: string, line: string): void {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attribute = (key: string) =>
      attributes
        .find((item) => item.toLowerCase().startsWith(`${key}=`))
        ?.slice(key.length + 1);
    const path = attribute('path') ?? '/';
    const expires = attribute('expires');
    this.cookies = this.cookies.filter(
      (c) => !(c.origin === origin && c.name === name && c.path === path),
    );
    const deleted =
      !value ||
      (expires !== undefined && Date.parse(expires) < Date.now()) ||
      attribute('max-age') === '0';
    if (!deleted) this.cookies.push({ origin, name, value, path });
  }
}
