/** The page colours; `palette.spec.ts` checks every text and control pairing against WCAG 2.1 AA. */
export const palette = {
  text: '#1a1a1a',
  muted: '#4a4f55',
  page: '#f1f3f5',
  surface: '#ffffff',
  primary: '#0062ba',
  primaryHover: '#004f96',
  primaryTint: '#e6f0fa',
  error: '#c30000',
  border: '#5c6166',
  divider: '#d6d9dc',
} as const;

const channel = (hex: string, offset: number) => {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of a `#rrggbb` colour. */
const luminance = (hex: string) =>
  0.2126 * channel(hex, 1) +
  0.7152 * channel(hex, 3) +
  0.0722 * channel(hex, 5);

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
