import * as z from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'tall',
  int: 'helt tall',
  boolean: 'true eller false',
  array: 'liste',
  object: 'objekt',
};

/**
 * Norwegian messages for zod's built-in issues, passed per parse so that importing this library
 * never changes zod's global configuration for the app that uses it.
 */
export const norwegianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Feltet mangler.'
        : `Feil type: forventet ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'Kan ikke være tom.';
      if (issue.origin === 'array')
        return `Må ha minst ${issue.minimum.toString()} element.`;
      return `Må være minst ${issue.minimum.toString()}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `Kan ha høyst ${issue.maximum.toString()} tegn.`;
      return `Kan ikke være større enn ${issue.maximum.toString()}.`;
    case 'invalid_value':
      return `Må være en av: ${issue.values.map((value) => String(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Ukjent felt: ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return 'Har feil format.';
    default:
      return 'Ugyldig verdi.';
  }
};

/**
 * "Del 4, punkt A3.1, feltet «kind»: …" — places an issue in the form by the part number and
 * point id found in the input, so that the editor can find it without reading array indexes.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'custom') return issue.message;
  const [first, partIndex, second, pointIndex, ...rest] = issue.path;
  const where: string[] = [];
  let fieldPath = issue.path;
  if (first === 'parts' && typeof partIndex === 'number') {
    const part = at(at(input, 'parts'), partIndex);
    const number = at(part, 'number');
    where.push(
      typeof number === 'number'
        ? `Del ${number}`
        : `Del nr. ${partIndex + 1} i listen`,
    );
    fieldPath = issue.path.slice(2);
    if (second === 'points' && typeof pointIndex === 'number') {
      const id = at(at(at(part, 'points'), pointIndex), 'id');
      where.push(
        typeof id === 'string' && id !== ''
          ? `punkt ${id}`
          : `punkt nr. ${pointIndex + 1} i delen`,
      );
      fieldPath = rest;
    }
  }
  if (fieldPath.length > 0) {
    where.push(`feltet «${fieldPath.map(String).join('.')}»`);
  }
  const location = where.join(', ');
  return location === ''
    ? issue.message
    : `${capitalize(location)}: ${issue.message}`;
}

function at(container: unknown, key: string | number): unknown {
  if (container === null || typeof container !== 'object') return undefined;
  return (container as Record<string | number, unknown>)[key];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
