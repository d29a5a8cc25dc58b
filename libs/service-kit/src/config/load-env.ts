import { z } from 'zod';

/** Thrown when the environment does not match a service's schema; the message names every bad variable on one line. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment variables: ${problems.join('; ')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Parses `source` (normally `process.env`) with `schema`, or throws naming each missing or malformed variable. */
export function loadEnv<S extends z.ZodType>(
  schema: S,
  source: NodeJS.ProcessEnv,
): z.infer<S> {
  // An empty variable counts as unset, so `FOO=` in a shell reads as "missing", not "malformed".
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(root)';
    const got =
      issue.path.length === 1 ? present[String(issue.path[0])] : undefined;
    return got === undefined
      ? `${name} is missing`
      : `${name} is malformed (${issue.message})`;
  });
  throw new InvalidEnvironmentError(problems);
}
