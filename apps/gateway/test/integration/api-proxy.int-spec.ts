import {
  downUpstreamUrl,
  EchoedRequest,
  EchoUpstream,
  RunningGateway,
  createWebRoot,
  removeWebRoot,
  startEchoUpstream,
  startGateway,
} from '../support/gateway-harness';

/** A real gateway in front of a real HTTP service that echoes what reached it; reporting is down. */
describe('the API proxy', () => {
  let upstream: EchoUpstream;
  let gateway: RunningGateway;
  let webRoot: string;

  beforeAll(async () => {
    upstream = await startEchoUpstream();
    webRoot = await createWebRoot();
    gateway = await startGateway({
      WEB_ROOT: webRoot,
      IDENTITY_URL: upstream.url,
      WORKFLOW_URL: upstream.url,
      REPORTING_URL: await downUpstreamUrl(),
      BEKYMRINGSMELDING_URL: upstream.url,
      NOTIFICATION_URL: upstream.url,
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await upstream?.close();
    await removeWebRoot(webRoot);
  });

  it('should forward /api/<service>/<path> to the service as /<path> with the query', async () => {
    // when
    const response = await fetch(`${gateway.url}/api/workflow/tasks?x=1`);

    // then
    expect(response.status).toBe(200);
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.method).toBe('GET');
    expect(echoed.url).toBe('/tasks?x=1');
  });

  it('should forward the request id the gateway answers with', async () => {
    // when
    const response = await fetch(`${gateway.url}/api/workflow/tasks`);

    // then
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.headers['x-request-id']).toBe(requestId);
  });

  it("should keep the caller's own request id", async () => {
    // when
    const response = await fetch(`${gateway.url}/api/identity/session`, {
      headers: { 'x-request-id': 'browser-req-42' },
    });

    // then
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.headers['x-request-id']).toBe('browser-req-42');
    expect(response.headers.get('x-request-id')).toBe('browser-req-42');
  });

  it('should never pass cookies on to the service', async () => {
    // when
    const response = await fetch(`${gateway.url}/api/workflow/tasks`, {
      headers: { cookie: 'other=secret', accept: 'application/json' },
    });

    // then
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.headers).not.toHaveProperty('cookie');
    expect(echoed.headers['accept']).toBe('application/json');
  });

  it("should pass a case system's own bearer token through when there is no session", async () => {
    // when
    const response = await fetch(`${gateway.url}/api/workflow/tasks`, {
      headers: { authorization: 'Bearer machine-token' },
    });

    // then
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.headers['authorization']).toBe('Bearer machine-token');
  });

  it('should pass a JSON body through intact', async () => {
    // given
    const body = JSON.stringify({
      kommune: 'Ålesund',
      svar: 'Nei',
      melding: 'æøå '.repeat(1000),
    });

    // when
    const response = await fetch(
      `${gateway.url}/api/bekymringsmelding/meldinger`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      },
    );

    // then
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.method).toBe('POST');
    expect(echoed.url).toBe('/meldinger');
    expect(echoed.headers['content-type']).toBe('application/json');
    expect(echoed.body).toBe(body);
  });

  it("should not reveal the service's framework", async () => {
    // when
    const response = await fetch(`${gateway.url}/api/notification/health`);

    // then
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('should answer 404 with a code for a service it does not know', async () => {
    // when
    const response = await fetch(`${gateway.url}/api/ukjent/ting`, {
      headers: { accept: 'text/html' },
    });

    // then
    expect(response.status).toBe(404);
    await expect(response.json()).resolves.toEqual({
      message: expect.stringContaining('ukjent'),
      code: 'GATEWAY.UNKNOWN_SERVICE',
    });
  });

  it('should not take a service name that only starts like a known one', async () => {
    // when
    const response = await fetch(`${gateway.url}/api/workflowx/tasks`);

    // then
    expect(response.status).toBe(404);
  });

  it('should answer 502 in Norwegian when the service is down', async () => {
    // when
    const response = await fetch(`${gateway.url}/api/reporting/health`);

    // then
    expect(response.status).toBe(502);
    await expect(response.json()).resolves.toEqual({
      message: 'Tjenesten reporting svarer ikke. Prøv igjen om litt.',
      code: 'GATEWAY.UPSTREAM_UNAVAILABLE',
    });
  });
});
