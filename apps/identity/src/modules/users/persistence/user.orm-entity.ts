import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person who has logged in, or whom an admin has granted a role by fødselsnummer before their first login. */
@Entity({ schema: 'identity', name: 'app_user' })
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  /** Fødselsnummer or D-nummer; missing for some foreign eIDs. Never leaves this service. */
  @Column({ type: 'varchar', length: 11, nullable: true }) pid!: string | null;
  /** `<issuer> <sub>` from the provider: how a person without pid is recognised. */
  @Column({ type: 'varchar', length: 400, nullable: true }) subject!:
    | string
    | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) name!:
    | string
    | null;
  @Column({ type: 'varchar', length: 254, nullable: true }) email!:
    | string
    | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) phone!:
    | string
    | null;
  /** When the person registered their work e-mail and phone ("Start registrering"). */
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
