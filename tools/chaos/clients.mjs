// HTTP as the platform's real clients use it: a browser without JavaScript (cookies, the ID-porten
// login through the gateway, the SPA's CSRF header), a case system's signed token, and a client's
// retry loop.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One request; a network error or timeout is `{ status: 0 }`, as a client sees it. */
export async function call(
  method,
  url,
  { headers = {}, body, form, timeoutMs = 20_000, redirect = 'manual' } = {},
) {
  const init = {
    method,
    headers: { ...headers },
    redirect,
    signal: AbortSignal.timeout(timeoutMs),
  };
  if (form) {
    init.headers['content-type'] = 'application/x-www-form-urlencoded';
    init.body = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: json,
    };
  } catch (error) {
    return {
      status: 0,
      error: error.cause?.code ?? error.name ?? String(error),
      body: null,
      text: '',
    };
  }
}

export const isRetryable = (status) =>
  status === 0 || status >= 500 || status === 429;

/**
 * Repeats the same request (same idempotency key) on a network error, 5xx or 429, with backoff, as a
 * real client would, until it gets an answer or `giveUpMs` has passed. `attempts` counts tries.
 */
export async function withRetries(
  send,
  { giveUpMs = 90_000, shouldStop = () => false } = {},
) {
  const started = Date.now();
  let attempts = 0;
  let delay = 250;
  for (;;) {
    attempts++;
    const result = await send();
    if (!isRetryable(result.status)) return { ...result, attempts };
    if (Date.now() - started > giveUpMs || shouldStop())
      return { ...result, attempts, gaveUp: true };
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 3000);
  }
}

const decode = (value) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attributes(tag) {
  const found = {};
  for (const [, name, value] of tag.matchAll(/\s([a-zA-Z-]+)(?:="([^"]*)")?/g))
    found[name.toLowerCase()] = decode(value ?? '');
  return found;
}

/** The first form in <main> of a page: its fields as a browser would submit them, and its buttons. */
function readForm(html) {
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map(
    (m) => m[0],
  );
  const form = forms.find((f) => html.indexOf(f) > html.indexOf('<main'));
  if (!form) throw new Error('no form on the page');
  const own = attributes(form.slice(0, form.indexOf('>')));
  const fields = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const input = attributes(tag);
    if (!input.name || (input.type === 'radio' && !('checked' in input)))
      continue;
    fields[input.name] = input.value ?? '';
  }
  for (const [, open, options] of form.matchAll(
    /<select\b([^>]*)>([\s\S]*?)<\/select>/g,
  )) {
    const all = [...options.matchAll(/<option\b([^>]*)>/g)].map((m) =>
      attributes(m[1]),
    );
    const chosen = all.find((option) => 'selected' in option) ?? all[0];
    if (attributes(open).name && chosen)
      fields[attributes(open).name] = chosen.value ?? '';
  }
  const buttons = [
    ...form.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g),
  ].map((m) => ({
    text: m[2].trim(),
    action: attributes(m[1]).formaction ?? own.action ?? '',
  }));
  return { fields, buttons };
}

/** A person's browser on the gateway's origin: logs in at the test ID-porten, then calls /api like the SPA. */
export class Browser {
  cookies = new Map(); // origin -> Map(name -> value)

  constructor(gateway, provider) {
    this.gateway = gateway;
    this.provider = provider;
  }

  async request(method, url, options = {}) {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin);
    const cookie = jar && [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const result = await call(method, url, {
      ...options,
      headers: { ...options.headers, ...(cookie && { cookie }) },
    });
    if (result.headers) {
      for (const line of result.headers.getSetCookie()) {
        const [pair, ...attrs] = line.split(';').map((s) => s.trim());
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        if (!this.cookies.has(origin)) this.cookies.set(origin, new Map());
        const expired =
          attrs.some((a) => /^max-age=0$/i.test(a)) ||
          attrs.some(
            (a) => /^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now(),
          );
        if (!value || expired) this.cookies.get(origin).delete(name);
        else this.cookies.get(origin).set(name, value);
      }
      const location = result.headers.get('location');
      if (location) result.location = new URL(location, url).toString();
    }
    return result;
  }

  async follow(result, origin) {
    for (let hops = 0; hops < 15; hops++) {
      if (!result.location) return result;
      if (origin && new URL(result.location).origin !== origin) return result;
      result = await this.request('GET', result.location);
    }
    throw new Error('too many redirects');
  }

  /** The whole ID-porten login with a test person's fødselsnummer. */
  async logIn(pid) {
    const start = await this.request(
      'GET',
      `${this.gateway}/auth/login?returnTo=%2Foppgaver`,
    );
    const page = await this.follow(start, this.provider);
    if (page.status !== 200)
      throw new Error(
        `login page: ${page.status} ${page.error ?? page.text.slice(0, 200)}`,
      );
    const form = readForm(page.text);
    const button = form.buttons.find((b) => b.text === 'Logg inn');
    if (!button) throw new Error('no "Logg inn" button on the TestID page');
    const posted = await this.request(
      'POST',
      new URL(button.action, this.provider).href,
      {
        form: { ...form.fields, person: pid, fodselsnummer: pid },
      },
    );
    const atClient = await this.follow(posted, this.provider);
    if (!atClient.location?.startsWith(`${this.gateway}/auth/callback`))
      throw new Error(
        `login ended at ${atClient.status} ${atClient.location ?? atClient.text.slice(0, 200)}`,
      );
    const callback = await this.request('GET', atClient.location);
    await this.follow(callback, this.gateway);
    if (!this.cookies.get(this.gateway)?.get('bvr_session'))
      throw new Error('no session cookie after login');
  }

  /** A call from the SPA: same origin, with the CSRF token Angular copies from its cookie. */
  api(method, path, body) {
    const xsrf = this.cookies.get(this.gateway)?.get('XSRF-TOKEN');
    return this.request(method, `${this.gateway}${path}`, {
      body,
      headers: {
        origin: this.gateway,
        accept: 'application/json',
        ...(xsrf && { 'x-xsrf-token': decodeURIComponent(xsrf) }),
      },
    });
  }
}

/** A case system (fagsystem): its own key pair, registered at identity, trading signed assertions for access tokens. */
export class CaseSystem {
  static async create() {
    const key = await generateKeyPair('ES256', { extractable: true });
    const system = new CaseSystem();
    system.key = key;
    system.publicJwk = await exportJWK(key.publicKey);
    return system;
  }

  /** @param tokenUrl where assertions are exchanged; @param audience identity's issuer (the `aud`). */
  configure(clientId, tokenUrl, audience) {
    this.clientId = clientId;
    this.tokenUrl = tokenUrl;
    this.audience = audience;
  }

  async token() {
    if (this.cached && this.cached.renewAt > Date.now())
      return this.cached.value;
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope: 'reporting' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(this.clientId)
      .setAudience(this.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .setJti(randomUUID())
      .sign(this.key.privateKey);
    const reply = await call('POST', this.tokenUrl, {
      form: {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion,
      },
    });
    if (reply.status !== 200) return null;
    this.cached = {
      value: reply.body.access_token,
      renewAt: Date.now() + (reply.body.expires_in - 60) * 1000,
    };
    return this.cached.value;
  }

  forget() {
    this.cached = null;
  }
}
