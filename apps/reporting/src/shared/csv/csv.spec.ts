import { CSV_BOM, csvDocument, csvField, fileSlug } from './csv';

describe('CSV for Excel', () => {
  it('never lets a spreadsheet read a field as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+47')).toBe("'+47");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Oslo - Oslove')).toBe('Oslo - Oslove');
  });

  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(csvDocument(['Periode', 'Teller'], [['1. halvår 2024', '3']])).toBe(
      `${CSV_BOM}Periode;Teller\r\n1. halvår 2024;3\r\n`,
    );
  });

  it('makes file names of Norwegian names', () => {
    expect(fileSlug('1. halvår 2023')).toBe('1-halvar-2023');
    expect(fileSlug('Bømlo Ærøy')).toBe('bomlo-aeroy');
  });
});
