import { formatNorwegianPhone } from '@bvr/contracts';
import type { Me } from '../core/session/me';
import type { ContactDetailsInput } from '../core/session/session-store';

/** What the form starts with: the stored details, the phone as people write it ("912 34 567", not "+4791234567"). */
export function initialContactDetails(user: Me | null): ContactDetailsInput {
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    phone: user?.phone ? formatNorwegianPhone(user.phone) : '',
  };
}
