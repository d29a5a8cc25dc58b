import {
  createWebRoot,
  downUpstreamUrl,
  removeWebRoot,
  RunningGateway,
  startGateway,
} from '../support/gateway-harness';

/** Real Redis (TEST_REDIS_URL, default 127.0.0.1:6379); the services being down does not make the gateway unready. */
describe('GET /health', () => {
  let gateway: RunningGateway;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await createWebRoot();
    const down = await downUpstreamUrl();
    gateway = await startGateway({
      WEB_ROOT: webRoot,
      IDENTITY_URL: down,
      WORKFLOW_URL: down,
      REPORTING_URL: down,
      BEKYMRINGSMELDING_URL: down,
      NOTIFICATION_URL: down,
    });
  });

  afterAll(async () => {
    await gateway?.app.close();
    await removeWebRoot(webRoot);
  });

  it('should answer 200 with Redis up', async () => {
    // when
    const response = await fetch(`${gateway.url}/health`);

    // then
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({
      status: 'ok',
      info: { redis: { status: 'up' } },
    });
  });
});
