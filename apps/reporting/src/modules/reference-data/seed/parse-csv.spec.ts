import { parseCsv } from './parse-csv';

const columns = ['kommunenummer', 'kommunenavn', 'fylkesnummer'] as const;

describe('parseCsv', () => {
  it('reads each record with its line number, the header being line 1', () => {
    // given
    const text =
      'kommunenummer,kommunenavn,fylkesnummer\n0301,Oslo - Oslove,03\n1103,Stavanger,11\n';

    // when
    const result = parseCsv('kommuner.csv', text, columns);

    // then
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        values: {
          kommunenummer: '0301',
          kommunenavn: 'Oslo - Oslove',
          fylkesnummer: '03',
        },
      },
      {
        line: 3,
        values: {
          kommunenummer: '1103',
          kommunenavn: 'Stavanger',
          fylkesnummer: '11',
        },
      },
    ]);
  });

  it('accepts CRLF line endings, a byte order mark and no final newline', () => {
    const text =
      '\uFEFFkommunenummer,kommunenavn,fylkesnummer\r\n4601,Bergen,46';

    const result = parseCsv('kommuner.csv', text, columns);

    expect(result.rows).toEqual([
      {
        line: 2,
        values: {
          kommunenummer: '4601',
          kommunenavn: 'Bergen',
          fylkesnummer: '46',
        },
      },
    ]);
  });

  it('rejects a header that does not name the expected columns', () => {
    const result = parseCsv(
      'kommuner.csv',
      'nummer,navn,fylke\n0301,Oslo,03\n',
      columns,
    );

    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      'kommuner.csv line 1: expected the header "kommunenummer,kommunenavn,fylkesnummer", found "nummer,navn,fylke"',
    ]);
  });

  it('names the line of a record with too many or too few fields, of a quote and of an empty line', () => {
    const text = [
      'kommunenummer,kommunenavn,fylkesnummer',
      '0301,Oslo, Oslove,03',
      '1103,Stavanger',
      '',
      '4601,"Bergen",46',
      '5001,Trondheim - Tråante,50',
    ].join('\n');

    const result = parseCsv('kommuner.csv', text, columns);

    expect(result.problems).toEqual([
      'kommuner.csv line 2: expected 3 fields, found 4',
      'kommuner.csv line 3: expected 3 fields, found 2',
      'kommuner.csv line 4: empty line',
      'kommuner.csv line 5: quoted fields are not supported',
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([6]);
  });
});
