import type { JWK } from 'jose';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ES256 key that signs access tokens. The newest unretired key signs; all unretired keys are published. */
@Entity({ schema: 'identity', name: 'signing_key' })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) kid!: string;
  @Column({ name: 'private_jwk', type: 'jsonb' }) privateJwk!: JWK;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk!: JWK;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
