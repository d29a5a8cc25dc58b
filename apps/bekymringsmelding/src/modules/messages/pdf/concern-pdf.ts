import type { ConcernMessage } from '@bvr/contracts';
import PDFDocument from 'pdfkit';
import { parseSendingTime } from './pdf-format';
import {
  type LetterRecipient,
  mm,
  writeChildren,
  writeLetterHead,
  writeMessageText,
  writePageFooters,
  writePublicDetails,
  writeRecipient,
  writeSender,
  writeTitle,
} from './pdf-sections';

export type { LetterRecipient } from './pdf-sections';

export interface ConcernPdfOptions {
  /** A letter-post copy: the first page starts with an address block for a C5 window envelope. */
  letterTo?: LetterRecipient;
  /** Compress the page streams (default); tests turn it off to read the text. */
  compress?: boolean;
}

/**
 * The PDF of one bekymringsmelding (A4, bokmål), for manual download and letter post: every field
 * the sender filled in, with labels. The same message gives the same bytes: the creation date is the
 * sending time, and nothing about the software or the person producing it is in the metadata.
 */
export async function renderConcernPdf(
  message: ConcernMessage & { referanse: string },
  options: ConcernPdfOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: mm(20), bottom: mm(22), left: mm(20), right: mm(20) },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'nb-NO',
    info: {
      Title: `Bekymringsmelding ${message.referanse}`,
      CreationDate: parseSendingTime(message.sendingstidspunkt),
    },
  });
  delete doc.info.Creator;
  delete doc.info.Producer;
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    if (options.letterTo) writeLetterHead(doc, options.letterTo);
    writeTitle(doc, message);
    writeRecipient(doc, message);
    writeSender(doc, message);
    writeChildren(doc, message);
    writePublicDetails(doc, message);
    writeMessageText(doc, message);
    writePageFooters(doc, message.referanse);
  } finally {
    doc.end();
  }
  return done;
}
