import {
  MAX_COMPARED_UNITS,
  type IndicatorSeriesResponse,
} from '@bvr/contracts';
import { chartData } from './chart-data';
import { chartSummary, listInNorwegian, seriesCaption } from './chart-summary';
import { contrastRatio, LINE_COLORS, lineStyle } from './series-styles';
import { bergenSeries, shareValue } from './testing/series-factory';

const NBSP = '\u00a0';

describe('series → chart', () => {
  it('draws a line per series over the periods, oldest first, in percent with gaps where there is no share', () => {
    // when
    const data = chartData(bergenSeries());
    // then
    expect(data.labels).toEqual(['1. halvår 2025', '2. halvår 2025']);
    expect(data.lines.map((line) => [line.label, line.data])).toEqual([
      ['Bergen', [80, 90]],
      ['Vestland', [75, null]],
      ['Hele landet', [null, null]],
    ]);
  });

  it('tells the lines apart by shape and dash, not by colour alone', () => {
    const units = Array.from({ length: MAX_COMPARED_UNITS }, (_, index) =>
      lineStyle(index, { type: 'unit', id: `46${index}`, name: `${index}` }),
    );
    const all = [
      ...units,
      lineStyle(0, { type: 'county', id: '46', name: 'Vestland' }),
      lineStyle(0, { type: 'country', name: 'Hele landet' }),
    ];
    const looks = all.map(
      (style) => `${style.pointStyle}/${style.dash.join('-')}/${style.color}`,
    );
    expect(new Set(looks).size).toBe(all.length);
    const shapes = all.map(
      (style) => `${style.pointStyle}/${style.dash.join('-')}`,
    );
    expect(new Set(shapes.slice(0, 8)).size).toBe(8);
  });

  it('uses colours with at least 4.5:1 contrast on white', () => {
    for (const color of LINE_COLORS)
      expect({ color, ok: contrastRatio(color, '#FFFFFF') >= 4.5 }).toEqual({
        color,
        ok: true,
      });
  });

  it('rounds the percentage to one decimal', () => {
    const response: IndicatorSeriesResponse = {
      ...bergenSeries(),
      series: [
        {
          subject: { type: 'unit', id: '4601', name: 'Bergen' },
          values: [shareValue(1, 2, 3)],
        },
      ],
    };
    expect(chartData(response).lines[0].data).toEqual([66.7, null]);
  });
});

describe("the chart's accessible name", () => {
  it('names the indicator, the periods, who is shown and the latest values', () => {
    expect(chartSummary(bergenSeries())).toBe(
      'Linjediagram: Undersøkelser avsluttet innen fristen, andel i prosent, ' +
        '1. halvår 2025 til 2. halvår 2025, for Bergen, Vestland og Hele landet. ' +
        `2. halvår 2025: Bergen 90,0${NBSP}%, Vestland –, Hele landet Skjult. ` +
        'Alle tallene står i tabellen under diagrammet.',
    );
  });

  it('says when there is nothing to show', () => {
    expect(chartSummary({ ...bergenSeries(), periods: [] })).toBe(
      'Linjediagram: Undersøkelser avsluttet innen fristen. Ingen tall å vise ennå.',
    );
  });

  it('lists names the Norwegian way', () => {
    expect(listInNorwegian([])).toBe('');
    expect(listInNorwegian(['Bergen'])).toBe('Bergen');
    expect(listInNorwegian(['Bergen', 'Kinn', 'Hele landet'])).toBe(
      'Bergen, Kinn og Hele landet',
    );
  });
});

describe("a series table's caption", () => {
  it('names the indicator and who is in the table, and says the order', () => {
    expect(seriesCaption(bergenSeries(), 'andel i prosent for')).toBe(
      'Undersøkelser avsluttet innen fristen: andel i prosent for Bergen, Vestland og Hele landet, nyeste periode først',
    );
    expect(seriesCaption(null, 'andel i prosent for')).toBe('');
  });
});
