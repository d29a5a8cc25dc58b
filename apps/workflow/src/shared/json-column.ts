/**
 * The type of a jsonb column. TypeORM's insert/update typings recurse into `unknown` values and
 * reject them, so JSON documents are typed loosely here, in this one place.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;
