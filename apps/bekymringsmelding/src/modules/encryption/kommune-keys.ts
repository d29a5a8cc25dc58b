import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BekymringsmeldingConfig } from '../../config/env';
import { newDataKey, open, seal } from './envelope';

/**
 * Envelope encryption with one data key per kommune: the data key encrypts the kommune's messages
 * (and its SvarInn secret), and is itself stored only wrapped by the master key, which never touches
 * the database. Plaintext exists in memory only, for as long as a request or job needs it.
 */
@Injectable()
export class KommuneKeys {
  private readonly masterKey: Buffer;

  constructor(
    config: BekymringsmeldingConfig,
    private readonly dataSource: DataSource,
  ) {
    this.masterKey = Buffer.from(config.env.CONCERN_MASTER_KEY, 'base64');
  }

  async encrypt(
    kommunenummer: string,
    plaintext: Buffer,
    context: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Buffer> {
    const key = await this.dataKey(kommunenummer, manager);
    return seal(key, plaintext, `${kommunenummer}/${context}`);
  }

  async decrypt(
    kommunenummer: string,
    sealed: Buffer,
    context: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Buffer> {
    const key = await this.dataKey(kommunenummer, manager);
    return open(key, sealed, `${kommunenummer}/${context}`);
  }

  /** The kommune's data key, made on first use; two first uses at once agree on one. */
  private async dataKey(
    kommunenummer: string,
    manager: EntityManager,
  ): Promise<Buffer> {
    const select = async () =>
      (
        (await manager.query(
          `SELECT wrapped_key FROM bekymringsmelding.kommune_key WHERE kommunenummer = $1`,
          [kommunenummer],
        )) as Array<{ wrapped_key: Buffer }>
      )[0];
    let row = await select();
    if (!row) {
      const wrapped = seal(
        this.masterKey,
        newDataKey(),
        `kommune/${kommunenummer}`,
      );
      await manager.query(
        `INSERT INTO bekymringsmelding.kommune_key (kommunenummer, wrapped_key, created_at)
         VALUES ($1, $2, now()) ON CONFLICT (kommunenummer) DO NOTHING`,
        [kommunenummer, wrapped],
      );
      row = await select();
    }
    return open(this.masterKey, row.wrapped_key, `kommune/${kommunenummer}`);
  }
}
