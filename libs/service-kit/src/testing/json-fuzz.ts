// Hostile JSON for property-based fuzzing (fast-check) of a service's JSON endpoints.
import fc from 'fast-check';

export const json = (value: unknown) => JSON.stringify(value);
export const text = fc.string({ unit: 'grapheme', maxLength: 40 });
/** Any code points, and what PostgreSQL stores in no text: NUL, half of a surrogate pair. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    'Ingen\u0000merknader',
    '\ud800',
    'a\udfff',
    '\u202e',
  ),
);

/** Any text a URL can carry (not half of a surrogate pair). */
export const urlEncodableText = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('__proto__', 'constructor', '9999-99-99', '-1', ' ', '%'),
  )
  .filter((value) => {
    try {
      encodeURIComponent(value);
      return true;
    } catch {
      return false;
    }
  });

/** Nested `depth` times: `{"a":{"a":…}}` or `[[…]]`. */
export const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 5_000 }), fc.boolean())
  .map(([depth, asArray]) =>
    asArray
      ? '['.repeat(depth) + ']'.repeat(depth)
      : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );

/** From below to well past the body parser's limit (100 kB). */
export const hugeString = fc
  .tuple(
    fc.integer({ min: 10_000, max: 400_000 }),
    fc.constantFrom('x', 'ø', '🦀'),
  )
  .map(([length, unit]) => unit.repeat(length));

/** Numbers of the right type at the edges: past int4, past a safe integer, negative, tiny. */
export const edgeNumber = fc.oneof(
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 5e-324, 0.5),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * Raw request bodies around a valid one: any JSON, one key or all keys of the wrong type, numbers at
 * the edges, huge strings, deep nesting, unicode and prototype keys, and text that is no JSON.
 * `extra` adds variants only the service knows (inside a nested document, say).
 */
export function fuzzedVariants(
  valid: Record<string, unknown>,
  extra: fc.Arbitrary<string>[] = [],
): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  const anyJson = fc.jsonValue();
  const oneKeyWrong = fc
    .tuple(fc.constantFrom(...keys), anyJson)
    .map(([key, value]) => json({ ...valid, [key]: value }));
  const allKeysWrong = fc
    .tuple(...keys.map(() => anyJson))
    .map((values) =>
      json(Object.fromEntries(keys.map((key, i) => [key, values[i]]))),
    );
  const edgeNumberValue = fc
    .tuple(fc.constantFrom(...keys), edgeNumber)
    .map(([key, value]) => json({ ...valid, [key]: value }));
  const hugeValue = fc
    .tuple(fc.constantFrom(...keys), hugeString)
    .map(([key, value]) => json({ ...valid, [key]: value }));
  const nestedValue = fc
    .tuple(fc.constantFrom(...keys), deeplyNested)
    .map(([key, nested]) =>
      json({ ...valid, [key]: '#' }).replace('"#"', nested),
    );
  const unicodeKeys = fc
    .dictionary(text, fc.oneof(text, fc.integer(), fc.constant(null)), {
      maxKeys: 5,
    })
    .map((extra) => json({ ...extra, ...valid, values: { ...extra } }));
  // JSON.stringify never writes an own `__proto__` key, so the text is put together by hand.
  const prototypeKeys = fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom(...keys, ''),
      anyJson,
    )
    .map(([dangerous, inside, value]) => {
      const injected = `"${dangerous}":${json(value ?? { polluted: true })}`;
      const body = json(valid);
      if (!inside) return `{${injected},${body.slice(1)}`;
      const nested = valid[inside];
      return typeof nested === 'object' &&
        nested !== null &&
        !Array.isArray(nested)
        ? body.replace(`"${inside}":{`, `"${inside}":{${injected},`)
        : body;
    });
  return fc.oneof(
    anyJson.map(json),
    oneKeyWrong,
    allKeysWrong,
    edgeNumberValue,
    hugeValue,
    nestedValue,
    unicodeKeys,
    prototypeKeys,
    deeplyNested,
    // Not JSON at all.
    text.map((garbage) => `{${garbage}`),
    ...extra,
  );
}

/** Bodies worth sending every time, before the random ones: a random run rarely comes back to them. */
export function nastyBodies(valid: Record<string, unknown>): string[] {
  const firstKey = Object.keys(valid)[0];
  return [
    `{"__proto__":{"polluted":true},${json(valid).slice(1)}`,
    json({ ...valid, [firstKey]: 'x'.repeat(200_000) }),
    json({ ...valid, [firstKey]: 'a\u0000b' }),
    json({ ...valid, [firstKey]: 'a\ud800b' }),
    '['.repeat(5_000) + ']'.repeat(5_000),
    'null',
    '"x"',
    '{}',
  ];
}
