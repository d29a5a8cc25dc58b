import { isStorableText, MAX_NESTING, storageProblems } from './storable-input';

describe('isStorableText', () => {
  it.each(['', 'Ingen merknader.', 'Ærlig, økt, år', '🦀 og 👩‍👩‍👧'])(
    'accepts %j',
    (text) => {
      expect(isStorableText(text)).toBe(true);
    },
  );

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a high surrogate alone', 'a\ud800b'],
    ['a low surrogate alone', '\udc00'],
    ['a pair in the wrong order', '\ude00\ud83d'],
  ])('refuses %s', (_what, text) => {
    expect(isStorableText(text)).toBe(false);
  });
});

describe('storageProblems', () => {
  const pathsOf = (value: unknown) =>
    storageProblems(value).map((problem) => problem.path);

  it('names every unstorable value and key by its path', () => {
    expect(
      pathsOf({
        note: 'ok',
        items: ['fine', 'a\u0000b'],
        nested: { ['k\ud800']: 1 },
      }),
    ).toEqual([
      ['nested', 'k\ud800'],
      ['items', 1],
    ]);
  });

  it(`refuses nesting deeper than ${MAX_NESTING} levels without overflowing the stack`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };

    expect(pathsOf({ deep })).toHaveLength(1);
    expect(pathsOf({ deep: { a: { a: 1 } } })).toEqual([]);
  });
});
