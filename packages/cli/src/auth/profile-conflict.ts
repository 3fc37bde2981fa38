import { savedEndpointUrl } from '../config/settings.js';
import type { StoredProfile } from '../config/store.js';
import { cliError, ExitCode } from '../errors.js';

/** The client that a profile is about to be written for. */
export interface ProfileOwner {
  clientId: string;
  issuer: string;
}

/** The relation between a profile about to be written and the one stored under its name. */
export type ProfileReplacement =
  | { kind: 'new' }
  | { kind: 'same_client'; stored: ProfileOwner }
  | { kind: 'other_client'; stored: ProfileOwner };

/** Compares the stored profile, if any, with the client and issuer about to be written. */
export function compareStoredProfile(
  stored: StoredProfile | undefined,
  owner: ProfileOwner,
): ProfileReplacement {
  if (stored === undefined) return { kind: 'new' };
  const storedOwner = { clientId: stored.clientId, issuer: savedEndpointUrl(stored) };
  const sameIssuer =
    storedOwner.issuer === owner.issuer || stored.tokenUrl?.startsWith(`${owner.issuer}/`) === true;
  const sameClient = sameIssuer && stored.clientId === owner.clientId;
  return { kind: sameClient ? 'same_client' : 'other_client', stored: storedOwner };
}

/**
 * Rejects replacing a profile that belongs to another client id or issuer, unless `force` is set,
 * because the replaced client secret cannot be recovered.
 *
 * @throws CLIError (exit 2) naming both clients and the two ways forward.
 */
export function requireReplaceable(
  name: string,
  replacement: ProfileReplacement,
  owner: ProfileOwner,
  force: boolean,
): void {
  if (replacement.kind !== 'other_client' || force) return;
  throw cliError(
    `Profile "${name}" already exists for client ${describeOwner(replacement.stored)}, ` +
      `and this migration is for client ${describeOwner(owner)}. Nothing was written. ` +
      `Pass --profile <new name> to keep both, or --force to replace profile "${name}".`,
    ExitCode.Usage,
  );
}

/** Returns the one-line note printed before a stored profile is replaced, if one is. */
export function describeReplacement(
  name: string,
  replacement: ProfileReplacement,
): string | undefined {
  if (replacement.kind === 'new') return undefined;
  if (replacement.kind === 'same_client') {
    return `   Profile "${name}" already exists for the same client; it is replaced with the new settings and secret.`;
  }
  return `   Profile "${name}" of client ${describeOwner(replacement.stored)} is replaced (--force).`;
}

function describeOwner(owner: ProfileOwner): string {
  return `"${owner.clientId}" at ${owner.issuer}`;
}
