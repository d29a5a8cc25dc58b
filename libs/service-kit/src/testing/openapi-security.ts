// What a security suite needs to walk a service's OpenAPI document: its operations, raw requests, row counts.
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';

export interface Operation {
  /** `METHOD path`, the path as the OpenAPI document spells it: `PUT /periods/{id}`. */
  key: string;
  method: string;
  path: string;
  hasJsonBody: boolean;
  /** The names of its query parameters. */
  queryParameters: string[];
}

export interface RawReply {
  status: number;
  /** Parsed JSON, or `undefined` when the body is not JSON (a CSV file). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

/** The OpenAPI document exactly as `setupOpenApi` builds it for `/docs/openapi.json`. */
export function openApiOperations(app: INestApplication): Operation[] {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('API').setVersion('1').build(),
  );
  return Object.entries(document.paths).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'patch', 'delete']
      .filter((method) => method in item)
      .map((method) => {
        const operation = item[method as 'get'];
        return {
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          hasJsonBody: Boolean(
            operation?.requestBody &&
              'content' in operation.requestBody &&
              operation.requestBody.content['application/json'],
          ),
          queryParameters: (operation?.parameters ?? []).flatMap((parameter) =>
            'in' in parameter && parameter.in === 'query'
              ? [parameter.name]
              : [],
          ),
        };
      }),
  );
}

/** `/periods/{id}` with `{ id: 7 }` → `/periods/7`; a parameter without a value fails the test. */
export function fillPath(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (values[name] === undefined)
      throw new Error(`no value for the path parameter {${name}}`);
    return encodeURIComponent(String(values[name]));
  });
}

/**
 * A request with the body sent as the given text (so a test can send what `JSON.stringify` never
 * writes, such as a `__proto__` key), answered with the raw text: CSV routes answer no JSON.
 * `bearer` turns the caller into an access token; a `null` caller sends none.
 */
export function rawClient<Caller>(
  app: INestApplication,
  bearer: (caller: Caller) => Promise<string>,
  contentType = 'application/json',
) {
  const { port } = app.getHttpServer().address() as AddressInfo;
  return async (
    method: string,
    path: string,
    caller: Caller | null,
    body?: string,
  ): Promise<RawReply> => {
    const headers: Record<string, string> = {};
    if (caller !== null) headers['authorization'] = await bearer(caller);
    if (body !== undefined) headers['content-type'] = contentType;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers,
      body,
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text };
  };
}

/** The number of rows of every table of the service's schema, by table name, in one query. */
export async function rowCounts(
  dataSource: DataSource,
  schema: string,
): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  if (!tables.length) throw new Error(`schema ${schema} has no tables`);
  const rows: { name: string; count: string }[] = await dataSource.query(
    tables
      .map(
        ({ table_name }) =>
          `SELECT '${table_name}' AS name, count(*) AS count FROM "${schema}"."${table_name}"`,
      )
      .join(' UNION ALL '),
  );
  return Object.fromEntries(
    rows.map(({ name, count }) => [name, Number(count)]),
  );
}

/** An authorization matrix's decision on one operation: who with a token gets a 2xx. */
export interface AccessDecision {
  allowed: readonly string[];
  /** Answers without a token on purpose; any other operation answers 401 then. */
  public?: boolean;
}

/**
 * What is wrong with one caller's answer under the decision, or `null`. `anonymous` is the caller
 * without a token; a caller with a token who is not allowed gets 403, or 404 where the service does
 * not tell what exists.
 */
export function accessProblem(
  decision: AccessDecision,
  caller: string,
  reply: RawReply,
): string | null {
  const { status } = reply;
  const success = status >= 200 && status < 300;
  const wrong = (expected: string) =>
    `${caller}: expected ${expected}, got ${status} ${reply.text.slice(0, 200)}`;
  if (status >= 500) return wrong('no 5xx');
  if (caller === 'anonymous') {
    if (decision.public) return success ? null : wrong('2xx');
    return status === 401 ? null : wrong('401');
  }
  if (decision.allowed.includes(caller)) return success ? null : wrong('2xx');
  return status === 403 || status === 404 ? null : wrong('403 or 404');
}

/**
 * How a matrix's table and the document drifted apart: operations nobody decided about (a new
 * endpoint), and decisions on operations the document no longer has.
 */
export function tableDrift(
  operations: readonly Operation[],
  table: Record<string, unknown>,
): { undecided: string[]; stale: string[] } {
  const documented = new Set(operations.map(({ key }) => key));
  return {
    undecided: [...documented].filter((key) => !(key in table)),
    stale: Object.keys(table).filter((key) => !documented.has(key)),
  };
}

/**
 * Calls as each caller in turn (one after the other: one caller's write must not race another's
 * read) and lists the answers the decision did not expect.
 */
export async function accessProblems<Name extends string>(
  callers: readonly Name[],
  decision: AccessDecision,
  call: (caller: Name) => Promise<RawReply>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const caller of callers) {
    const problem = accessProblem(decision, caller, await call(caller));
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Calls each operation as each outsider; lists every answer that is not 403 or 404. */
export async function leaksTo<Name extends string>(
  keys: readonly string[],
  outsiders: readonly Name[],
  call: (caller: Name, key: string) => Promise<{ status: number }>,
): Promise<string[]> {
  const leaks: string[] = [];
  for (const key of keys)
    for (const caller of outsiders) {
      const { status } = await call(caller, key);
      if (status !== 403 && status !== 404)
        leaks.push(`${key} as ${caller}: ${status}`);
    }
  return leaks;
}
