import { createHmac } from 'node:crypto';

/** Fixed on purpose: the same person gets the same `sub` across restarts and machines, like a real pairwise sub. */
const DEV_SUBJECT_SALT = 'dev-idporten:pairwise-sub:v1';

/**
 * ID-porten's `sub` is pairwise: stable per person and client, and not the fødselsnummer.
 * Here: base64url(HMAC-SHA256(salt, client_id + key)), where key is the pid or the eIDAS id.
 */
export function pairwiseSubject(clientId: string, key: string): string {
  return createHmac('sha256', DEV_SUBJECT_SALT)
    .update(clientId + key)
    .digest('base64url');
}
