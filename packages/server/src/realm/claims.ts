/** Claim names of VDX tokens. */
export const CLAIM = {
  organisation: 'dk:medcom:organisation_id',
  email: 'dk:medcom:email',
  roles: 'dk:medcom:video:role',
  deviceId: 'dk:medcom:device_id',
} as const;

/** The `typ` claim of access tokens. */
export const ACCESS_TOKEN_TYPE = 'Bearer';

/** The `typ` claim of refresh tokens. */
export const REFRESH_TOKEN_TYPE = 'Refresh';

/** Scopes the token endpoint accepts. */
export const SUPPORTED_SCOPES = ['openid', 'profile', 'email'] as const;

/** The scope granted when a token request names none. */
export const DEFAULT_SCOPE = 'profile email';

/** Formats seconds since the epoch as RFC 3339 UTC without milliseconds. */
export function formatEpochSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
