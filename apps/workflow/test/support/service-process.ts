import { freePort, TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_BPMN_DIR } from './workflow-test-app';

const MAIN = resolve(__dirname, '../../../../dist/apps/workflow/main.js');

/** The built workflow service in a child process of its own, so a test can kill -9 it. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  static async create(
    databaseUrl: string,
    prefix: string,
    auth: { issuer: string; jwksUrl: string },
  ): Promise<ServiceProcess> {
    if (!existsSync(MAIN))
      throw new Error(
        `${MAIN} is missing: build it first (npx nx build workflow)`,
      );
    const port = await freePort();
    return new ServiceProcess(port, {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      BPMN_DIR: REPO_BPMN_DIR,
      AUTH_ISSUER: auth.issuer,
      AUTH_JWKS_URL: auth.jwksUrl,
      RELAY_POLL_MS: '200',
    });
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [MAIN], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) =>
      this.output.push(chunk.toString()),
    );
    child.stderr?.on('data', (chunk: Buffer) =>
      this.output.push(chunk.toString()),
    );
    this.child = child;
    const until = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(
          `workflow exited with ${child.exitCode}: ${this.output.join('')}`,
        );
      const healthy = await fetch(`${this.baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return;
      if (Date.now() > until)
        throw new Error(
          `workflow did not become healthy: ${this.output.join('')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** SIGKILL: no shutdown hooks, no drained workers, connections dropped mid-transaction. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}
