import { renderConcernPdf } from './concern-pdf';
import { norwegianDateTime, winAnsi } from './pdf-format';
import {
  samplePrivateMessage,
  samplePublicMessage,
} from './testing/sample-concern-message';

/** WinAnsi codes 0x80–0x9f that differ from Latin-1. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};

/**
 * The text an uncompressed pdfkit PDF shows: each `[<hex> kern <hex>] TJ` is one run of glyph codes
 * (WinAnsi for the standard fonts); the runs are joined by line breaks.
 */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const runs = [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map(([, array]) =>
    [...array.matchAll(/<([0-9a-f]*)>/gi)]
      .map(([, hex]) =>
        [...Buffer.from(hex, 'hex')]
          .map((code) => WIN_ANSI_HIGH[code] ?? String.fromCharCode(code))
          .join(''),
      )
      .join(''),
  );
  return runs.join('\n');
}

/** A document information entry: pdfkit writes each as its own object, `/Title 12 0 R`. */
function infoEntry(pdf: Buffer, key: string): string | undefined {
  const source = pdf.toString('latin1');
  const ref = source.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1];
  if (!ref) return undefined;
  return source.match(new RegExp(`\\n${ref} 0 obj\\n\\((.*)\\)\\nendobj`))?.[1];
}

const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type \/Page(?!s)/g)?.length ?? 0;

describe('the PDF of a bekymringsmelding', () => {
  it('shows every field of a private person’s message with labels, æøå included', async () => {
    // when
    const pdf = await renderConcernPdf(samplePrivateMessage(), {
      compress: false,
    });

    // then
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      'Bekymringsmelding',
      'Referanse: \nBM-2026-000123',
      'Sendt: \n5. desember 2026 kl. 09.14',
      'Meldt av: \nPrivatperson',
      'Leveringskanal: \nManuell nedlasting',
      'Mottaker',
      'Kommune: \nBergen (4601)',
      'Bydel: \nBergenhus (02)',
      'Melder',
      'Navn: \nKari Testesen',
      'Telefon: \n+47 400 00 000',
      'Adresse: \nTestgaten 1, 5003 Bergen',
      'Barn 1',
      'Navn: \nOla Prøvesen',
      'Adresse: \nPrøvevegen 2, Leilighet H0201, 5004 Bergen',
      'Antatt alder: \n8 år',
      'Melders relasjon til barnet: \nNabo',
      'Melding',
      'Jeg er bekymret for gutten på nabotomten.',
      'Han har sagt at det ikke er mat hjemme.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Foresatte');
    expect(text).not.toContain('Behov for tolk');
    expect(text).not.toContain('Historikk');
    expect(text).toContain('Bekymringsmelding BM-2026-000123 – side 1 av 1');
  });

  it('shows every field of a public employee’s message, with «Ufødt barn» and Ja/Nei', async () => {
    const pdf = await renderConcernPdf(samplePublicMessage(), {
      compress: false,
    });

    const text = pdfText(pdf);
    for (const expected of [
      'Meldt av: \nOffentlig ansatt',
      'Leveringskanal: \nBrevpost',
      'Navn: \nSiri Lærersen',
      'Rolle: \nKontaktlærer',
      'Telefon: \n55 00 00 00',
      'E-post: \nsiri.laerersen@testskole.example.no',
      'Virksomhet: \nTestskolen barneskole',
      'Organisasjonsnummer: \n999999999',
      'Virksomhetens adresse: \nSkolevegen 10, 5005 Bergen',
      'Barn 1',
      'Navn: \nÅse Øvreås',
      'Fødselsnummer: \n12891850024',
      'Orientert om meldingen: \nJa',
      'Telefon: \n40000001',
      'Barn 2',
      'Ufødt barn',
      'Orientert om meldingen: \nNei',
      'Begrunnelse: \nMor er ikke orientert fordi det kan sette barnet i fare.',
      'Foresatte',
      'Foresatt 1',
      'Navn: \nÆrlige Øvreås',
      'Begrunnelse: \nVi kom ikke i kontakt med far.',
      'Behov for tolk\nJa',
      'Andre hjelpeinstanser\nHelsesykepleier ved skolen',
      'Melding\nEleven har hatt mye fravær',
      'Historikk\nSkolen har hatt to samtaler',
      'Andre synspunkter\nEleven har selv bedt om hjelp',
    ])
      expect(text).toContain(expected);
  });

  it('leaves out optional fields and sections that are empty', async () => {
    const message = samplePublicMessage({
      behovForTolk: false,
      andreHjelpeinstanser: undefined,
      melding: { melding: 'Kort melding.', historie: '  ' },
    });
    message.offentligBarn = [
      { ufoedt: false, orientert: 'ja', personnavn: 'Kun Navn' },
    ];

    const text = pdfText(await renderConcernPdf(message, { compress: false }));

    expect(text).toContain('Behov for tolk\nNei');
    expect(text).toContain('Navn: \nKun Navn');
    for (const absent of [
      'Andre hjelpeinstanser',
      'Historikk',
      'Andre synspunkter',
      'Ufødt barn',
      'Fødselsnummer',
      'Begrunnelse: \nMor',
    ])
      expect(text).not.toContain(absent);
  });

  it('flows a long message over several pages, and sets the title', async () => {
    const sentence = 'Barnet forteller om uro hjemme, og læreren er bekymret. ';
    const long = sentence.repeat(Math.ceil(20_000 / sentence.length));

    const pdf = await renderConcernPdf(
      samplePrivateMessage({ melding: long.slice(0, 20_000) }),
      { compress: false },
    );

    expect(pageCount(pdf)).toBeGreaterThan(3);
    expect(infoEntry(pdf, 'Title')).toBe('Bekymringsmelding BM-2026-000123');
    expect(pdf.toString('latin1')).not.toMatch(/\/(Author|Creator|Producer)\b/);
    expect(pdfText(pdf)).toContain(
      `Bekymringsmelding BM-2026-000123 – side ${pageCount(pdf)} av ${pageCount(pdf)}`,
    );
  });

  it('is deterministic for one message, compressed or not', async () => {
    const message = samplePublicMessage();

    const [first, second] = await Promise.all([
      renderConcernPdf(message),
      renderConcernPdf(message),
    ]);

    expect(first.equals(second)).toBe(true);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(infoEntry(first, 'CreationDate')).toBe('D:20261205081400Z');
  });

  it('starts a letter-post copy with the address block and the reason', async () => {
    const pdf = await renderConcernPdf(samplePrivateMessage(), {
      compress: false,
      letterTo: {
        navn: 'Barneverntjenesten i Bergenhus',
        adresselinje1: 'Postboks 7700',
        postnummer: '5020',
        poststed: 'Bergen',
      },
    });

    const text = pdfText(pdf);
    expect(text).toContain(
      'Barneverntjenesten i Bergenhus\nPostboks 7700\n5020 Bergen',
    );
    expect(text).toContain(
      'Sendt som brevpost fordi meldingen ikke ble bekreftet mottatt innen fristen',
    );
    expect(text.indexOf('Postboks 7700')).toBeLessThan(
      text.indexOf('Bekymringsmelding'),
    );
    // The block sits in the envelope's window: 20 mm from the left, 45 mm from the top.
    const [, x, baseline] = pdf
      .toString('latin1')
      .match(/BT\n1 0 0 1 ([\d.]+) ([\d.]+) Tm/) as RegExpMatchArray;
    const A4_HEIGHT = 841.89;
    const MM = 72 / 25.4;
    expect(Number(x) / MM).toBeCloseTo(20, 1);
    const fromTop = (A4_HEIGHT - Number(baseline)) / MM; // the first line's baseline, a few mm under 45
    expect(fromTop).toBeGreaterThan(45);
    expect(fromTop).toBeLessThan(49);
  });

  it('refuses a message without a valid sending time', async () => {
    await expect(
      renderConcernPdf(samplePrivateMessage({ sendingstidspunkt: 'i går' })),
    ).rejects.toThrow('sendingstidspunkt');
  });
});

describe('helpers', () => {
  it('writes a time in Norway as Norwegians do, summer time included', () => {
    expect(norwegianDateTime(new Date('2026-12-05T08:14:00Z'))).toBe(
      '5. desember 2026 kl. 09.14',
    );
    expect(norwegianDateTime(new Date('2026-07-01T22:05:00Z'))).toBe(
      '2. juli 2026 kl. 00.05',
    );
  });

  it('keeps Norwegian letters and replaces what Helvetica cannot show', () => {
    expect(winAnsi('æøå ÆØÅ – «sitat» €')).toBe('æøå ÆØÅ – «sitat» €');
    expect(winAnsi('Čáhcesuolu\tŋ 😀\r\nny linje\u0007')).toBe(
      'Cáhcesuolu ? ?\nny linje',
    );
    expect(winAnsi('a\u030Angstrøm')).toBe('ångstrøm');
  });
});
