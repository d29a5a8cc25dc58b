/**
 * The SvarInn delivery: the report as JSON and PDF in an ASiC-E container, encrypted as CMS
 * EnvelopedData for the kommune's certificate. The result is sent as `application/pkcs7-mime`.
 */
import { buildAsice } from './asice';
import { encryptForCertificate } from './cms-envelope';

export const SVARINN_CONTENT_TYPE = 'application/pkcs7-mime';
export const JSON_FILE_NAME = 'bekymringsmelding.json';
export const PDF_FILE_NAME = 'bekymringsmelding.pdf';

export async function packSvarInnDelivery(
  json: Buffer,
  pdf: Buffer,
  certificatePem: string,
): Promise<Buffer> {
  const asice = await buildAsice([
    { name: JSON_FILE_NAME, mimeType: 'application/json', content: json },
    { name: PDF_FILE_NAME, mimeType: 'application/pdf', content: pdf },
  ]);
  return encryptForCertificate(asice, certificatePem);
}
