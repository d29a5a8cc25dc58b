import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fodselsnummerProblem } from '@bvr/contracts';

const personSchema = z.object({
  pid: z
    .string()
    .refine((pid) => !fodselsnummerProblem(pid), 'not a valid fødselsnummer')
    .nullable(),
  name: z.string().min(1),
  description: z.string().min(1),
});

/** One person to pick on the login page, from `assets/test-persons.json`. */
export interface TestPerson extends z.infer<typeof personSchema> {
  /** What the person is known by inside the provider: the pid, or `eidas-<name>` for a foreign eID without one. */
  key: string;
}

/** Who logs in: a seeded test person or a typed fødselsnummer. No name: ID-porten's id_token carries none. */
export interface LoginIdentity {
  key: string;
  pid: string | null;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Parses the seeded persons; throws naming the first bad entry, so a broken asset stops the start. */
export function parseTestPersons(json: unknown): TestPerson[] {
  const persons = z.array(personSchema).min(1).parse(json);
  const withKeys = persons.map((person) => ({
    ...person,
    key: person.pid ?? `eidas-${slug(person.name)}`,
  }));
  const keys = new Set(withKeys.map((person) => person.key));
  if (keys.size !== withKeys.length)
    throw new Error('test persons: two persons share a pid or a name');
  return withKeys;
}

/** Webpack copies `src/assets` next to `main.js`. */
export const TEST_PERSONS_FILE = join(__dirname, 'assets', 'test-persons.json');

export function loadTestPersons(file = TEST_PERSONS_FILE): TestPerson[] {
  return parseTestPersons(JSON.parse(readFileSync(file, 'utf8')));
}
