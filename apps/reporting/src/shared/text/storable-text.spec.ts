import { isStorableText } from './storable-text';

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
