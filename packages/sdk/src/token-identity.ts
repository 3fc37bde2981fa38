/** The VDX identity that an access token's claims carry. */
export interface TokenIdentity {
  /** The OAuth client the token was issued to (`azp`, else `client_id`, else `clientId`). */
  clientId: string | undefined;
  /** The organisation code (`dk:medcom:organisation_id`). */
  organisation: string | undefined;
  /** The e-mail address of the client or user (`dk:medcom:email`). */
  email: string | undefined;
  /** The VDX roles (`dk:medcom:video:role`); empty when the claim is missing. */
  roles: string[];
  /** The device id of a device token (`dk:medcom:device_id`). */
  deviceId: string | undefined;
}

/** The claim names that VDX tokens use. */
export const VDX_CLAIMS = {
  organisation: 'dk:medcom:organisation_id',
  email: 'dk:medcom:email',
  roles: 'dk:medcom:video:role',
  deviceId: 'dk:medcom:device_id',
} as const;

/**
 * Reads the VDX identity from decoded access-token claims, such as `tokenInfo().claims`.
 *
 * The claims are not verified; use the result to show who a token belongs to, never to decide
 * access. A role claim that contains one string instead of an array gives a one-element list.
 *
 * @example
 * ```ts
 * await auth.getAccessToken();
 * const { organisation, roles } = describeToken(auth.tokenInfo()?.claims ?? {});
 * ```
 */
export function describeToken(claims: Record<string, unknown>): TokenIdentity {
  return {
    clientId: textOf(claims.azp) ?? textOf(claims.client_id) ?? textOf(claims.clientId),
    organisation: textOf(claims[VDX_CLAIMS.organisation]),
    email: textOf(claims[VDX_CLAIMS.email]),
    roles: rolesOf(claims[VDX_CLAIMS.roles]),
    deviceId: textOf(claims[VDX_CLAIMS.deviceId]),
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function rolesOf(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (!Array.isArray(value)) return [];
  return value.filter((role): role is string => typeof role === 'string' && role !== '');
}
