import { createHash } from 'node:crypto';

/**
 * The e-mail's Message-ID, the same for every attempt of one idempotency key. SMTP has no
 * idempotency: a crash between the server's OK and the sent-record sends the e-mail again, and
 * the recipient's mail system recognizes the copy by its Message-ID (RFC 5322 §3.6.4).
 */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'localhost';
  const id = createHash('sha256').update(idempotencyKey).digest('hex');
  return `<${id.slice(0, 40)}@${domain}>`;
}
