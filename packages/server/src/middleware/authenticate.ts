import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../errors.js';
import type { TokenVerifier } from '../realm/token-verifier.js';
import type { Store } from '../store/store.js';
import { readHeader } from './read-header.js';

/** RFC 6750 section 2.1: the token68 characters of a bearer credential. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Dependencies of the authentication middleware. */
export interface AuthenticateDeps {
  verifier: TokenVerifier;
  store: Store;
  realm: string;
}

/**
 * Requires a valid bearer access token holding one of `roles` (the operation's `x-vdx-roles`).
 *
 * A device token also needs its device to exist and be active, checked on every request so
 * that deleting or disabling a device stops its tokens at once.
 */
export function authenticate(
  roles: readonly string[],
  deps: AuthenticateDeps,
): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const token = readBearerToken(readHeader(c, 'authorization'), deps.realm);
    // A token seen before skips the asynchronous verification and the promise it costs.
    const principal =
      deps.verifier.cachedAccessToken(token) ?? (await deps.verifier.verifyAccessToken(token));
    if (principal.deviceId !== undefined) await requireActiveDevice(principal.deviceId, deps);
    c.set('principal', principal);
    if (!principal.roles.some((role) => roles.includes(role))) {
      const heldRoles = principal.roles.length > 0 ? principal.roles.join(', ') : 'no roles';
      throw new ApiError(
        3001,
        `This operation needs one of the roles ${roles.join(', ')}; the token has ${heldRoles}.`,
      );
    }
    await next();
  };
}

/**
 * Returns the bearer token of an Authorization header.
 *
 * @throws {ApiError} 2001 when the header is missing or blank, 2002 when it is not a bearer
 *   token.
 */
function readBearerToken(header: string | undefined, realm: string): string {
  if (header === undefined || header.trim() === '') {
    // RFC 6750 section 3.1: a request without credentials gets a challenge without an error code.
    throw new ApiError(
      2001,
      'The request has no bearer token; send Authorization: Bearer <access token>.',
      {
        'WWW-Authenticate': `Bearer realm="${realm}"`,
      },
    );
  }
  const token = bearerToken(header);
  if (token === undefined) {
    throw new ApiError(
      2002,
      'The Authorization header is not a bearer token; send Authorization: Bearer <access token>.',
      {
        'WWW-Authenticate': `Bearer realm="${realm}", error="invalid_token"`,
      },
    );
  }
  return token;
}

function bearerToken(header: string): string | undefined {
  const space = header.indexOf(' ');
  if (space === -1 || header.slice(0, space).toLowerCase() !== 'bearer') return undefined;
  const token = header.slice(space + 1).trim();
  return TOKEN68.test(token) ? token : undefined;
}

async function requireActiveDevice(deviceId: string, deps: AuthenticateDeps): Promise<void> {
  const device = await deps.store.getDevice(deviceId);
  const challenge = { 'WWW-Authenticate': `Bearer realm="${deps.realm}", error="invalid_token"` };
  if (!device) {
    throw new ApiError(2002, `The token's device ${deviceId} no longer exists.`, challenge);
  }
  if (device.status !== 'active') {
    throw new ApiError(
      2004,
      `Device ${deviceId} is disabled; its tokens stop working until it is enabled.`,
      challenge,
    );
  }
}
