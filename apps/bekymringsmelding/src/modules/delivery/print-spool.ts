import { Injectable } from '@nestjs/common';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BekymringsmeldingConfig } from '../../config/env';
import type { LetterRecipient } from '../messages/pdf/concern-pdf';

/**
 * The print-service adapter: a letter is handed over as `<id>.pdf` plus `<id>.json` (the address) in
 * the print service's drop folder, which it collects, prints and posts. Written under a temporary
 * name and renamed, so the print service never picks up half a file; the same id overwrites, so a
 * retried job posts one letter.
 */
@Injectable()
export class PrintSpool {
  constructor(private readonly config: BekymringsmeldingConfig) {}

  async hand(id: string, pdf: Buffer, to: LetterRecipient): Promise<void> {
    const dir = this.config.env.PRINT_SPOOL_DIR;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await this.write(
      dir,
      `${id}.json`,
      Buffer.from(JSON.stringify({ id, to }, null, 2)),
    );
    await this.write(dir, `${id}.pdf`, pdf);
  }

  private async write(dir: string, name: string, content: Buffer) {
    const temporary = join(dir, `.${name}.part`);
    await writeFile(temporary, content, { mode: 0o600 });
    await rename(temporary, join(dir, name));
  }
}
