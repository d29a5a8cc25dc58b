import { fodselsnummerProblem } from '@bvr/contracts';
import type { LoginIdentity, TestPerson } from '../persons/test-persons';

/** The levels ID-porten offers, lowest first; the first is the default. */
export const ACR_LEVELS = [
  { value: 'idporten-loa-substantial', label: 'Betydelig' },
  { value: 'idporten-loa-high', label: 'Høyt' },
] as const;
export type Acr = (typeof ACR_LEVELS)[number]['value'];

const isAcr = (value: unknown): value is Acr =>
  ACR_LEVELS.some((level) => level.value === value);

/** The first supported level in a space-separated `acr_values`, else substantial (ID-porten's default). */
export function requestedAcr(acrValues: unknown): Acr {
  const requested =
    typeof acrValues === 'string'
      ? acrValues.split(' ').find(isAcr)
      : undefined;
  return requested ?? ACR_LEVELS[0].value;
}

/** What the login page posts. */
export interface LoginFormValues {
  person: string;
  fodselsnummer: string;
  acr: Acr;
}

/** A problem with one field; `field` is the id of the control the error summary links to. */
export interface LoginFormError {
  field: 'person' | 'fodselsnummer' | 'acr';
  message: string;
}

export type LoginFormResult =
  | { ok: true; identity: LoginIdentity; acr: Acr }
  | { ok: false; values: LoginFormValues; errors: LoginFormError[] };

const text = (value: unknown) =>
  typeof value === 'string' ? value.trim() : '';

const FODSELSNUMMER_MESSAGES = {
  format: 'Fødselsnummeret må ha 11 siffer.',
  checksum:
    'Fødselsnummeret er ikke gyldig. Kontroller at du har skrevet det riktig.',
} as const;

/**
 * A typed fødselsnummer wins over the chosen person, like ID-porten's TestID, and any valid
 * mod-11 number is accepted, seeded or not.
 */
export function parseLoginForm(
  body: Record<string, unknown>,
  persons: TestPerson[],
): LoginFormResult {
  const fodselsnummer = text(body['fodselsnummer']).replace(/\s/g, '');
  const person = text(body['person']);
  const acr = text(body['acr']);
  const values: LoginFormValues = {
    person,
    fodselsnummer,
    acr: isAcr(acr) ? acr : ACR_LEVELS[0].value,
  };
  const errors: LoginFormError[] = [];
  if (!isAcr(acr))
    errors.push({ field: 'acr', message: 'Velg sikkerhetsnivå.' });

  let identity: LoginIdentity | undefined;
  if (fodselsnummer) {
    const problem = fodselsnummerProblem(fodselsnummer);
    if (problem)
      errors.push({
        field: 'fodselsnummer',
        message: FODSELSNUMMER_MESSAGES[problem],
      });
    else identity = { key: fodselsnummer, pid: fodselsnummer };
  } else {
    const chosen = persons.find((candidate) => candidate.key === person);
    if (chosen) identity = { key: chosen.key, pid: chosen.pid };
    else
      errors.push({
        field: 'person',
        message: 'Velg en testperson eller skriv inn et fødselsnummer.',
      });
  }

  return identity && errors.length === 0
    ? { ok: true, identity, acr: values.acr }
    : { ok: false, values, errors };
}
