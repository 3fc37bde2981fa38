/** Token claim with the caller's organisation code. */
export const ORGANISATION_CLAIM = 'dk:medcom:organisation_id';

/** Token claim with the caller's roles (an array of strings). */
export const ROLES_CLAIM = 'dk:medcom:video:role';

/** The caller's identity as the token claims describe it. */
export interface TokenIdentity {
  organisation: string | undefined;
  roles: string[];
}

/** Reads the organisation and roles from a token's claims; absent or malformed claims give empty values. */
export function identityFromClaims(claims: unknown): TokenIdentity {
  if (typeof claims !== 'object' || claims === null) return { organisation: undefined, roles: [] };

  const record = claims as Record<string, unknown>;
  const organisation = record[ORGANISATION_CLAIM];
  const roles = record[ROLES_CLAIM];
  return {
    organisation: typeof organisation === 'string' ? organisation : undefined,
    roles: Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : [],
  };
}
