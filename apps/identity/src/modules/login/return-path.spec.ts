import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of our own', () => {
    expect(safeReturnPath('/oppgaver?tab=arkiv')).toBe('/oppgaver?tab=arkiv');
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'oppgaver',
    '/a\nb',
    undefined,
    42,
  ])('sends %p home instead', (value) =>
    expect(safeReturnPath(value)).toBe('/'),
  );
});
