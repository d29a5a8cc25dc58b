import type { ConcernMessage } from '@bvr/contracts';
import {
  addressLine,
  addressLines,
  DELIVERY_CHANNEL_LABELS,
  norwegianDateTime,
  parseSendingTime,
  winAnsi,
  yesNo,
} from './pdf-format';

export type PrivateConcernMessage = Extract<ConcernMessage, { type: 'privat' }>;
export type PublicConcernMessage = Extract<
  ConcernMessage,
  { type: 'offentlig' }
>;

/** Whom a letter-post copy goes to: the kommune's barneverntjeneste. */
export interface LetterRecipient {
  navn: string;
  adresselinje1: string;
  adresselinje2?: string;
  adresselinje3?: string;
  postnummer: string;
  poststed: string;
}

export const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
} as const;
const BODY_SIZE = 11;

/** Millimetres in PDF points. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}

/** A new page unless this much room is left, so that a heading is not left alone at the bottom. */
function keepRoom(doc: PDFKit.PDFDocument, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.x = doc.page.margins.left;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8);
  keepRoom(doc, 70);
  doc.font(FONT.bold).fontSize(14).text(text);
  doc.moveDown(0.3);
  doc.fontSize(BODY_SIZE);
}

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.4);
  keepRoom(doc, 50);
  doc.font(FONT.bold).fontSize(12).text(text);
  doc.fontSize(BODY_SIZE);
}

/** «Label: value» that wraps under itself; left out when the value is empty. */
function field(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string | undefined,
): void {
  const text = value === undefined ? '' : winAnsi(value).trim();
  if (!text) return;
  doc.x = doc.page.margins.left;
  doc
    .font(FONT.bold)
    .fontSize(BODY_SIZE)
    .text(`${label}: `, { continued: true })
    .font(FONT.regular)
    .text(text, { lineGap: 1 });
}

/** Free text, which wraps and flows on to new pages. */
function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.x = doc.page.margins.left;
  doc
    .font(FONT.regular)
    .fontSize(BODY_SIZE)
    .text(winAnsi(text).trim(), { lineGap: 2, paragraphGap: 4 });
}

/** Free text under its own heading, when there is any. */
function textSection(
  doc: PDFKit.PDFDocument,
  title: string,
  text: string | undefined,
): void {
  if (!text?.trim()) return;
  heading(doc, title);
  paragraph(doc, text);
}

/** The address block for a C5 window envelope (left 20 mm, top 45 mm), and why it came by post. */
export function writeLetterHead(
  doc: PDFKit.PDFDocument,
  to: LetterRecipient,
): void {
  doc
    .font(FONT.regular)
    .fontSize(BODY_SIZE)
    .text(winAnsi([to.navn, ...addressLines(to)].join('\n')), mm(20), mm(45), {
      width: mm(85),
      lineGap: 1,
    });
  doc
    .font(FONT.italic)
    .fontSize(10)
    .text(
      'Sendt som brevpost fordi meldingen ikke ble bekreftet mottatt innen fristen',
      doc.page.margins.left,
      Math.max(doc.y + mm(8), mm(100)),
    );
  doc.moveDown(1.5);
}

export function writeTitle(
  doc: PDFKit.PDFDocument,
  message: ConcernMessage & { referanse: string },
): void {
  doc.x = doc.page.margins.left;
  doc.font(FONT.bold).fontSize(20).text('Bekymringsmelding');
  doc.moveDown(0.4);
  field(doc, 'Referanse', message.referanse);
  field(
    doc,
    'Sendt',
    norwegianDateTime(parseSendingTime(message.sendingstidspunkt)),
  );
  field(
    doc,
    'Meldt av',
    message.type === 'privat' ? 'Privatperson' : 'Offentlig ansatt',
  );
  field(doc, 'Leveringskanal', DELIVERY_CHANNEL_LABELS[message.leveringskanal]);
}

export function writeRecipient(
  doc: PDFKit.PDFDocument,
  message: ConcernMessage,
): void {
  heading(doc, 'Mottaker');
  field(doc, 'Kommune', `${message.kommunenavn} (${message.kommunenummer})`);
  field(doc, 'Bydel', `${message.bydelsnavn} (${message.bydelsnummer})`);
}

export function writeSender(
  doc: PDFKit.PDFDocument,
  message: ConcernMessage,
): void {
  heading(doc, 'Melder');
  if (message.type === 'privat') {
    const sender = message.privatMelder;
    field(doc, 'Navn', sender.personnavn);
    field(doc, 'Telefon', sender.telefonnummer);
    field(doc, 'Adresse', sender.adresse && addressLine(sender.adresse));
    return;
  }
  const sender = message.offentligMelder;
  field(doc, 'Navn', sender.personnavn);
  field(doc, 'Rolle', sender.rolle);
  field(doc, 'Telefon', sender.telefonnummer);
  field(doc, 'E-post', sender.epost);
  field(doc, 'Virksomhet', sender.virksomhet.navn);
  field(doc, 'Organisasjonsnummer', sender.virksomhet.orgnr);
  field(doc, 'Virksomhetens adresse', addressLine(sender.virksomhet.adresse));
}

export function writeChildren(
  doc: PDFKit.PDFDocument,
  message: ConcernMessage,
): void {
  heading(doc, 'Barn');
  if (message.type === 'privat') {
    message.privatBarn.forEach((child, i) => {
      subheading(doc, `Barn ${i + 1}`);
      field(doc, 'Navn', child.personnavn);
      field(doc, 'Adresse', addressLine(child.adresse));
      field(doc, 'Antatt alder', child.antattAlder);
      field(doc, 'Melders relasjon til barnet', child.relasjon);
    });
    return;
  }
  message.offentligBarn.forEach((child, i) => {
    subheading(doc, `Barn ${i + 1}`);
    if (child.ufoedt) paragraph(doc, 'Ufødt barn');
    field(doc, 'Navn', child.personnavn);
    field(doc, 'Fødselsnummer', child.fnr);
    field(doc, 'Adresse', child.adresse && addressLine(child.adresse));
    field(doc, 'Telefon', child.telefonnummer);
    field(doc, 'Orientert om meldingen', yesNo(child.orientert));
    field(doc, 'Begrunnelse', child.orientertGrunn);
  });
}

/** Foresatte, tolk and andre hjelpeinstanser: the public employee's form only. */
export function writePublicDetails(
  doc: PDFKit.PDFDocument,
  message: ConcernMessage,
): void {
  if (message.type !== 'offentlig') return;
  heading(doc, 'Foresatte');
  message.foresatte.forEach((guardian, i) => {
    subheading(doc, `Foresatt ${i + 1}`);
    field(doc, 'Navn', guardian.personnavn);
    field(doc, 'Telefon', guardian.telefonnummer);
    field(doc, 'Orientert om meldingen', yesNo(guardian.orientert));
    field(doc, 'Begrunnelse', guardian.orientertGrunn);
  });
  heading(doc, 'Behov for tolk');
  paragraph(doc, yesNo(message.behovForTolk));
  textSection(doc, 'Andre hjelpeinstanser', message.andreHjelpeinstanser);
}

export function writeMessageText(
  doc: PDFKit.PDFDocument,
  message: ConcernMessage,
): void {
  if (message.type === 'privat') {
    textSection(doc, 'Melding', message.melding);
    return;
  }
  textSection(doc, 'Melding', message.melding.melding);
  textSection(doc, 'Historikk', message.melding.historie);
  textSection(doc, 'Andre synspunkter', message.melding.andreSynspunkter);
}

/** «Bekymringsmelding <referanse> – side 1 av 3» at the foot of every page (needs bufferPages). */
export function writePageFooters(
  doc: PDFKit.PDFDocument,
  referanse: string,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    margins.bottom = 0; // writing in the margin must not open a new page
    doc
      .font(FONT.regular)
      .fontSize(8)
      .text(
        winAnsi(`Bekymringsmelding ${referanse} – side ${i + 1} av ${count}`),
        margins.left,
        doc.page.height - mm(12),
        {
          width: doc.page.width - margins.left - margins.right,
          align: 'center',
          lineBreak: false,
        },
      );
    margins.bottom = bottom;
  }
}
