/** Escapes text for an HTML body: params come from users (a unit name, a returned report's message). */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A full link into the SPA; a PUBLIC_URL with a path prefix keeps it. */
export function appLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

const FOOTER =
  'Denne e-posten er sendt automatisk fra Barnevernsrapportering og kan ikke besvares.';

export interface EmailBody {
  /** Paragraphs of plain text; each is escaped for HTML. */
  paragraphs: string[];
  /** Quoted text, such as the Statsforvalter's message. */
  quote?: string;
  link: { text: string; url: string };
}

/** The plain-text and the simple HTML body of one e-mail, with the same content. */
export function layout(body: EmailBody): { text: string; html: string } {
  const quoteText = body.quote
    ? body.quote
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')
    : null;
  const text = [
    ...body.paragraphs,
    ...(quoteText ? [quoteText] : []),
    `${body.link.text}: ${body.link.url}`,
    FOOTER,
  ].join('\n\n');
  const html = [
    ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(body.quote
      ? [
          `<blockquote style="border-left:3px solid #ccc;margin:0 0 1em;padding-left:1em;white-space:pre-line">${escapeHtml(body.quote)}</blockquote>`,
        ]
      : []),
    `<p><a href="${escapeHtml(body.link.url)}">${escapeHtml(body.link.text)}</a></p>`,
    `<p style="color:#666;font-size:small">${escapeHtml(FOOTER)}</p>`,
  ].join('\n');
  return {
    text,
    html: `<!doctype html>\n<html lang="nb"><body>\n${html}\n</body></html>`,
  };
}
