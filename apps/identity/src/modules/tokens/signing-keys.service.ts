import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS_TOKEN_ALGORITHM } from '@bvr/auth';
import {
  calculateJwkThumbprint,
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
} from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { SigningKeyEntity } from './persistence/signing-key.orm-entity';

/** One advisory lock so two identity processes starting together create one key, not two. */
const KEY_CREATION_LOCK = 7_460_417;

/**
 * The ES256 keys that sign access tokens, kept in the identity database so every identity process signs
 * with the same key. The newest unretired key signs; every unretired key is published, so a retired-next
 * key keeps verifying until the tokens it signed have expired.
 */
@Injectable()
export class SigningKeys implements OnApplicationBootstrap {
  private signing: { kid: string; key: CryptoKey } | null = null;
  private published: JSONWebKeySet = { keys: [] };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.load();
  }

  current(): { kid: string; key: CryptoKey } {
    if (!this.signing) throw new Error('signing keys are not loaded yet');
    return this.signing;
  }

  jwks(): JSONWebKeySet {
    return this.published;
  }

  private async load(): Promise<void> {
    const keys = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
      const live = await em.find(SigningKeyEntity, {
        where: { retiredAt: IsNull() },
        order: { createdAt: 'DESC' },
      });
      if (live.length > 0) return live;
      return [await em.save(SigningKeyEntity, await newKey())];
    });
    const [newest] = keys;
    this.signing = {
      kid: newest.kid,
      key: (await importJWK(
        newest.privateJwk,
        ACCESS_TOKEN_ALGORITHM,
      )) as CryptoKey,
    };
    this.published = { keys: keys.map((key) => key.publicJwk) };
  }
}

async function newKey(): Promise<SigningKeyEntity> {
  const { privateKey, publicKey } = await generateKeyPair(
    ACCESS_TOKEN_ALGORITHM,
    { extractable: true },
  );
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return Object.assign(new SigningKeyEntity(), {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid },
    publicJwk: { ...publicJwk, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' },
    createdAt: new Date(),
    retiredAt: null,
  });
}
