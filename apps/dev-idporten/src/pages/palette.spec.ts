import { contrastRatio, palette } from './palette';

describe('page palette', () => {
  it.each([
    ['text on the page', palette.text, palette.page],
    ['text on a card', palette.text, palette.surface],
    ['hints on a card', palette.muted, palette.surface],
    ['white on the primary button', palette.surface, palette.primary],
    [
      'white on the hovered primary button',
      palette.surface,
      palette.primaryHover,
    ],
    ['primary text on the secondary button', palette.primary, palette.surface],
    [
      'primary text on the hovered secondary button',
      palette.primary,
      palette.primaryTint,
    ],
    ['links on the page', palette.primary, palette.page],
    ['error text on a card', palette.error, palette.surface],
  ])('should give %s at least 4.5:1', (_, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['input borders', palette.border, palette.surface],
    ['the focus ring', palette.text, palette.surface],
    ['the focus ring on the page', palette.text, palette.page],
  ])(
    'should give %s at least 3:1 (non-text contrast)',
    (_, foreground, background) => {
      expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(3);
    },
  );

  it('should compute the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
