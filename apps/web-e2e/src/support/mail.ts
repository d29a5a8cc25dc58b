/** An e-mail as the test's mail catcher (MailDev) received it. */
export interface CaughtEmail {
  to: string[];
  subject: string;
  text: string;
}

interface MailDevEmail {
  to: Array<{ address: string }>;
  subject: string;
  text?: string;
}

function mailUrl(): string {
  const url = process.env['E2E_MAIL_URL'];
  if (!url)
    throw new Error(
      'E2E_MAIL_URL is not set: run the browser tests through their jest config (global setup starts the mail catcher)',
    );
  return url;
}

/** Waits until the platform has sent an e-mail that `matches`, and returns it. */
export async function waitForEmail(
  matches: (mail: CaughtEmail) => boolean,
  timeoutMs = 20_000,
): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${mailUrl()}/email`);
    const caught = ((await response.json()) as MailDevEmail[]).map(
      (mail): CaughtEmail => ({
        to: mail.to.map((recipient) => recipient.address),
        subject: mail.subject,
        text: mail.text ?? '',
      }),
    );
    const found = caught.find(matches);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(
        `no such e-mail; caught: ${caught.map((mail) => `${mail.to.join(',')}: ${mail.subject}`).join(' | ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
