import type { Store } from '../store/store.js';
import type { Principal } from './principal.js';

/** The caller of a meeting operation. */
export interface MeetingCaller {
  organisationCode: string;
  /** The `dk:medcom:email` of the caller's token. */
  email: string;
  /** Whether the caller is a `meeting-planner` or `meeting-admin`, not only a `meeting-user`. */
  canPlan: boolean;
}

/**
 * Returns the caller of a meeting operation.
 *
 * NOTE: the principal does not carry the token's `dk:medcom:email` claim, so the e-mail is read
 * from the OAuth client (`azp`), which is where the token issuer takes the claim from.
 */
export async function meetingCaller(store: Store, principal: Principal): Promise<MeetingCaller> {
  const client = await store.getClient(principal.clientId);
  return {
    organisationCode: principal.organisationCode,
    email: client?.email ?? principal.clientId,
    canPlan: principal.roles.some((role) => role === 'meeting-planner' || role === 'meeting-admin'),
  };
}

/** Returns whether two e-mail addresses are equal, ignoring case. */
export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
