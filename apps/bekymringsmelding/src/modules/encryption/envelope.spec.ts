import { newDataKey, open, seal } from './envelope';

describe('envelope', () => {
  const key = newDataKey();
  const text = Buffer.from('Barnet Ola Nordmann er bekymret for', 'utf8');

  it('opens what it sealed, and the sealed bytes do not contain the text', () => {
    const sealed = seal(key, text, '4601/m1');
    expect(sealed.includes(text)).toBe(false);
    expect(sealed.includes(Buffer.from('Nordmann'))).toBe(false);
    expect(open(key, sealed, '4601/m1')).toEqual(text);
  });

  it('refuses another context, another key and a changed byte', () => {
    const sealed = seal(key, text, '4601/m1');
    expect(() => open(key, sealed, '4601/m2')).toThrow();
    expect(() => open(newDataKey(), sealed, '4601/m1')).toThrow();
    const changed = Buffer.from(sealed);
    changed[changed.length - 1] ^= 1;
    expect(() => open(key, changed, '4601/m1')).toThrow();
  });

  it('seals the same text differently each time (random nonce)', () => {
    expect(seal(key, text, 'c').equals(seal(key, text, 'c'))).toBe(false);
  });
});
