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
    if (body !== undefined) headers['content-type'] = 'application/json';
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
