import type { Account } from 'oidc-provider';
import { pairwiseSubject } from '../persons/subject';
import type { LoginIdentity, TestPerson } from '../persons/test-persons';

/**
 * The accounts the provider knows, by their `sub` (oidc-provider's accountId is the `sub`).
 * Seeded persons are known from the start; a typed fødselsnummer is remembered at login, in memory,
 * like the provider's sessions.
 */
export class AccountRegistry {
  private readonly bySubject = new Map<string, LoginIdentity>();

  constructor(
    private readonly clientId: string,
    persons: TestPerson[],
  ) {
    for (const person of persons) this.remember(person);
  }

  /** Returns the `sub` to log the identity in with. */
  remember(identity: LoginIdentity): string {
    const sub = pairwiseSubject(this.clientId, identity.key);
    this.bySubject.set(sub, { key: identity.key, pid: identity.pid });
    return sub;
  }

  /** `findAccount`: the claims ID-porten puts in the id_token besides acr and amr. */
  find(sub: string): Account | undefined {
    const identity = this.bySubject.get(sub);
    if (!identity) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, ...(identity.pid && { pid: identity.pid }) }),
    };
  }
}
