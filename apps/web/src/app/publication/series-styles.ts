import type { SeriesSubject } from '@bvr/contracts';

/** How one line is drawn: never by colour alone, also by point shape and dash. */
export interface LineStyle {
  readonly color: string;
  readonly pointStyle:
    | 'circle'
    | 'rect'
    | 'triangle'
    | 'rectRot'
    | 'crossRot'
    | 'star'
    | 'rectRounded'
    | 'cross';
  readonly dash: readonly number[];
}

/** Each has a contrast of at least 4.5:1 on white (WCAG 1.4.11 asks 3:1 for graphics). */
export const LINE_COLORS: readonly string[] = [
  '#0B5CAD', // blue
  '#A3312A', // red
  '#1F6B36', // green
  '#6B3FA0', // purple
  '#8A4B00', // brown
  '#00686F', // teal
  '#A11A6B', // magenta
  '#3D3D3D', // grey
];

const POINT_STYLES: readonly LineStyle['pointStyle'][] = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'crossRot',
  'star',
  'rectRounded',
  'cross',
];

const DASHES: readonly (readonly number[])[] = [
  [],
  [8, 4],
  [2, 3],
  [12, 4, 2, 4],
];

/**
 * The n-th series' style: the colour, shape and dash cycle at different lengths, so no two of the
 * first MAX_COMPARED_UNITS + 2 series look alike. «Hele landet» and a county keep their own look.
 */
export function lineStyle(index: number, subject: SeriesSubject): LineStyle {
  if (subject.type === 'country')
    return { color: '#3D3D3D', pointStyle: 'triangle', dash: [2, 3] };
  if (subject.type === 'county')
    return { color: '#A3312A', pointStyle: 'rect', dash: [4, 4] };
  return {
    color: LINE_COLORS[index % LINE_COLORS.length],
    pointStyle: POINT_STYLES[index % POINT_STYLES.length],
    // After a full round of colours the dash shifts, so the 9th unit does not look like the 1st.
    dash:
      index === 0
        ? []
        : DASHES[
            (index + Math.floor(index / LINE_COLORS.length)) % DASHES.length
          ],
  };
}

/** WCAG relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/** WCAG contrast ratio of two `#RRGGBB` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
