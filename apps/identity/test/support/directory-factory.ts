import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface TestUser {
  id: string;
  email: string | null;
}

/** Users and grants written straight to identity's tables, for tests that need a populated directory. */
export class DirectoryFactory {
  constructor(private readonly dataSource: DataSource) {}

  async user(
    options: { email?: string | null; registered?: boolean } = {},
  ): Promise<TestUser> {
    const id = randomUUID();
    const email =
      options.email === undefined
        ? `${id.slice(0, 8)}@example.no`
        : options.email;
    const registered = options.registered ?? true;
    await this.dataSource.query(
      `INSERT INTO identity.app_user (id, subject, name, email, phone, registered_at, created_at)
       VALUES ($1, $2, 'Test Person', $3, $4, $5, now())`,
      [
        id,
        `http://provider.test ${id}`,
        email,
        registered ? '+4791234567' : null,
        registered ? new Date() : null,
      ],
    );
    return { id, email };
  }

  async grant(
    user: TestUser,
    role: string,
    scope:
      | { type: 'unit' | 'office' | 'county'; id: string }
      | { type: 'national' },
    options: { revoked?: boolean } = {},
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO identity.role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by, revoked_at, revoked_by)
       VALUES ($1, $2, $3, $4, $5, now(), 'test', $6, $7)`,
      [
        randomUUID(),
        user.id,
        role,
        scope.type,
        'id' in scope ? scope.id : null,
        options.revoked ? new Date() : null,
        options.revoked ? 'test' : null,
      ],
    );
  }
}
