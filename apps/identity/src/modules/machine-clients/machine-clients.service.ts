import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { importJWK, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import {
  InvalidClientKeyError,
  UnknownClientError,
} from './machine-client.errors';
import { MachineClientEntity } from './persistence/machine-client.orm-entity';

export const ASSERTION_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256'];

export interface MachineClientRegistration {
  name: string;
  orgNumber: string;
  unitId: string;
  publicJwk: JWK;
}

/** Case systems registered to report by machine: one public key, one organisation, one kommune. */
@Injectable()
export class MachineClients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(actor: Principal, registration: MachineClientRegistration) {
    const publicJwk = await publicOnly(registration.publicJwk);
    const row = Object.assign(new MachineClientEntity(), {
      id: randomUUID(),
      ...registration,
      publicJwk,
      createdAt: new Date(),
      createdBy: actor.id,
      revokedAt: null,
    });
    await this.dataSource.manager.insert(MachineClientEntity, row);
    return viewOf(row);
  }

  async list() {
    const rows = await this.dataSource.manager.find(MachineClientEntity, {
      order: { createdAt: 'DESC' },
    });
    return rows.map(viewOf);
  }

  async revoke(id: string) {
    const result = await this.dataSource.manager.update(
      MachineClientEntity,
      { id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!result.affected)
      throw new UnknownClientError(`No active machine client ${id}`);
  }

  async active(id: string): Promise<MachineClientEntity | null> {
    return this.dataSource.manager.findOneBy(MachineClientEntity, {
      id,
      revokedAt: IsNull(),
    });
  }
}

/** Only the public part of an RSA or EC P-256 key is kept; a private key sent by mistake is refused. */
async function publicOnly(jwk: JWK): Promise<JWK> {
  if ('d' in jwk)
    throw new InvalidClientKeyError(
      'This is a private key: register the public key only, and keep the private key in the case system',
    );
  const alg =
    jwk.kty === 'RSA'
      ? 'RS256'
      : jwk.kty === 'EC' && jwk.crv === 'P-256'
        ? 'ES256'
        : null;
  if (!alg)
    throw new InvalidClientKeyError(
      'The key must be an RSA key or an EC P-256 key (JWK)',
    );
  try {
    await importJWK(jwk, alg);
  } catch {
    throw new InvalidClientKeyError('The key is not a valid JWK');
  }
  const { kty, n, e, crv, x, y, kid } = jwk;
  return JSON.parse(JSON.stringify({ kty, n, e, crv, x, y, kid })) as JWK;
}

function viewOf(row: MachineClientEntity) {
  return {
    clientId: row.id,
    name: row.name,
    orgNumber: row.orgNumber,
    unitId: row.unitId,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
  };
}
