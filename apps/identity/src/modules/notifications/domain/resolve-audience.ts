import type { NotificationAudience } from '@bvr/contracts';
import { z } from 'zod';

/** A person an e-mail goes to. The address stays inside identity and the e-mail job. */
export interface Recipient {
  userId: string;
  email: string;
}

/** A user as the directory sees one: registered (work e-mail given) or not. */
export interface DirectoryUser {
  id: string;
  email: string | null;
  registeredAt: Date | null;
}

/** Identity's users and live grants, as audience resolution needs them. */
export interface RecipientDirectory {
  /** Users with a live Statsforvalter caseworker grant for the office. */
  caseworkersOf(officeId: string): Promise<DirectoryUser[]>;
  /** Users with a live reporter grant for the unit (or for the kommune of a bydel). */
  reportersOf(unitId: string): Promise<DirectoryUser[]>;
  /** Users with a live Bufdir grant. */
  bufdirUsers(): Promise<DirectoryUser[]>;
  /** The person with this user id, or null (unknown, or not a user id at all). */
  user(userId: string): Promise<DirectoryUser | null>;
}

export type Resolution =
  | { recipients: Recipient[] }
  | { recipients: []; reason: string };

const USER_ID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailAddress = z.email();

/** Only a registered user with an address the mail contract accepts receives e-mail. */
export function recipientOf(user: DirectoryUser): Recipient | null {
  if (!user.registeredAt || !user.email) return null;
  if (!emailAddress.safeParse(user.email).success) return null;
  return { userId: user.id, email: user.email };
}

function recipientsOf(users: DirectoryUser[]): Recipient[] {
  const byUser = new Map<string, Recipient>();
  for (const user of users) {
    const recipient = recipientOf(user);
    if (recipient) byUser.set(recipient.userId, recipient);
  }
  return [...byUser.values()];
}

function found(recipients: Recipient[], reason: string): Resolution {
  return recipients.length ? { recipients } : { recipients: [], reason };
}

/**
 * Who receives a notification. `user` ids that are not a person (`client:<id>` for a machine
 * client) or belong to someone without a registered address fall back to the unit's reporters.
 */
export async function resolveAudience(
  audience: NotificationAudience,
  directory: RecipientDirectory,
): Promise<Resolution> {
  switch (audience.kind) {
    case 'office':
      return found(
        recipientsOf(await directory.caseworkersOf(audience.officeId)),
        `no registered caseworker with an e-mail address for office ${audience.officeId}`,
      );
    case 'unit':
      return found(
        recipientsOf(await directory.reportersOf(audience.unitId)),
        `no registered reporter with an e-mail address for unit ${audience.unitId}`,
      );
    case 'bufdir':
      return found(
        recipientsOf(await directory.bufdirUsers()),
        'no registered Bufdir user with an e-mail address',
      );
    case 'user':
      return resolveUser(audience, directory);
  }
}

async function resolveUser(
  audience: Extract<NotificationAudience, { kind: 'user' }>,
  directory: RecipientDirectory,
): Promise<Resolution> {
  const user = USER_ID.test(audience.userId)
    ? await directory.user(audience.userId)
    : null;
  const recipient = user ? recipientOf(user) : null;
  if (recipient) return { recipients: [recipient] };
  const why = !USER_ID.test(audience.userId)
    ? 'is not a person'
    : user
      ? 'has no registered e-mail address'
      : 'is unknown';
  if (!audience.fallbackUnitId)
    return {
      recipients: [],
      reason: `the user ${why} and there is no fallback unit`,
    };
  return found(
    recipientsOf(await directory.reportersOf(audience.fallbackUnitId)),
    `the user ${why} and unit ${audience.fallbackUnitId} has no registered reporter with an e-mail address`,
  );
}
