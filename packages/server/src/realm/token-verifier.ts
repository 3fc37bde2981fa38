import { errors, type JWTPayload, jwtVerify } from 'jose';
import { ApiError, OAuthError } from '../errors.js';
import type { Principal } from '../services/principal.js';
import { ACCESS_TOKEN_TYPE, CLAIM, formatEpochSeconds, REFRESH_TOKEN_TYPE } from './claims.js';
import { type ClientStatus, describeRejectedClient } from './client-status.js';
import { realmNow } from './clock.js';
import { SIGNING_ALGORITHM, type SigningKeys } from './signing-keys.js';

/** How many verified access tokens the cache keeps; the oldest entry goes first when full. */
const CACHE_SIZE = 10_000;

/**
 * How long a cached access token is trusted before its client is looked up again, in
 * milliseconds. A client that is removed, or a demo client on a server restarted without the demo
 * seed, loses its tokens within this time.
 */
export const CLIENT_RECHECK_MS = 30_000;

/** A verified access token: its caller, and when its client must be checked again. */
interface CachedToken {
  principal: Principal;
  /** Milliseconds since the Unix epoch, on the system clock. */
  recheckAt: number;
}

/** The claims of a verified refresh token that the token endpoint uses. */
export interface RefreshClaims {
  jti: string;
  subject: string;
  clientId: string;
  scope: string;
  familyId: string;
}

/** A token that failed verification; `reason` completes "The token is invalid: ...". */
class TokenRejected extends Error {
  override readonly name = 'TokenRejected';

  constructor(
    readonly reason: string,
    /** The `exp` claim, in seconds since the epoch, when the token failed only by expiring. */
    readonly expiredAt?: number,
  ) {
    super(reason);
  }
}

/**
 * Verifies the realm's tokens: signature (ES256, key by `kid`), issuer, expiry and `typ`.
 *
 * Verified access tokens are cached by their string until they expire, so repeated requests
 * with one token skip the signature check. Expiry is checked against the realm's clock, the
 * system clock plus `clockSkewSeconds`, which is also the clock the issuer signs with.
 */
export class TokenVerifier {
  readonly #cache = new Map<string, CachedToken>();

  /**
   * @param clients checks that the client of a non-device access token exists and is enabled;
   *   without it, only the signature and claims are checked. Device tokens are checked against
   *   their device by the authentication middleware on every request.
   */
  constructor(
    private readonly keys: SigningKeys,
    private readonly issuer: string,
    private readonly realm: string,
    private readonly clockSkewSeconds = 0,
    private readonly clients?: ClientStatus,
  ) {}

  /**
   * Returns the caller of an access token that {@link verifyAccessToken} accepted less than
   * {@link CLIENT_RECHECK_MS} ago and that has not expired yet, or undefined when the token needs
   * full verification. It is synchronous, so a request with a known token awaits no promise for
   * its authentication.
   */
  cachedAccessToken(token: string): Principal | undefined {
    const cached = this.#cache.get(token);
    if (cached === undefined || cached.recheckAt <= Date.now()) return undefined;
    if (cached.principal.expiresAt <= realmNow(this.clockSkewSeconds)) return undefined;
    return cached.principal;
  }

  /**
   * Verifies a bearer access token and returns its caller.
   *
   * @throws {ApiError} 2003 when the token expired, 2002 for any other failure, including a
   *   client that does not exist or is disabled.
   */
  async verifyAccessToken(token: string): Promise<Principal> {
    const cached = this.cachedAccessToken(token);
    if (cached) return cached;
    this.#cache.delete(token);
    const payload = await this.#verify(token, ACCESS_TOKEN_TYPE).catch((error: unknown) => {
      throw error instanceof TokenRejected ? accessTokenError(error, this.realm) : error;
    });
    const principal = toPrincipal(payload);
    await this.#requireAcceptedClient(principal);
    this.#remember(token, principal);
    return principal;
  }

  async #requireAcceptedClient(principal: Principal): Promise<void> {
    if (this.clients === undefined || principal.deviceId !== undefined) return;
    const check = await this.clients.check(principal.clientId);
    if (check.accepted) return;
    const reason = `its ${describeRejectedClient(principal.clientId, check.reason)}`;
    throw accessTokenError(new TokenRejected(reason), this.realm);
  }

  /**
   * Verifies a refresh token's signature, issuer, expiry and type.
   *
   * @throws {OAuthError} `invalid_grant` naming what failed.
   */
  async verifyRefreshToken(token: string): Promise<RefreshClaims> {
    const payload = await this.#verify(token, REFRESH_TOKEN_TYPE).catch((failure: unknown) => {
      if (!(failure instanceof TokenRejected)) throw failure;
      const reason =
        failure.expiredAt === undefined
          ? `The refresh token is invalid: ${failure.reason}.`
          : `The refresh token expired at ${formatEpochSeconds(failure.expiredAt)}.`;
      throw new OAuthError('invalid_grant', reason);
    });
    return {
      jti: String(payload.jti),
      subject: String(payload.sub),
      clientId: String(payload.azp),
      scope: String(payload.scope ?? ''),
      familyId: String(payload.sid),
    };
  }

  /** Verifies any token of this realm whatever its type; returns undefined when invalid. */
  async readToken(token: string): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.keys.resolveKey, {
        issuer: this.issuer,
        algorithms: [SIGNING_ALGORITHM],
        currentDate: new Date(realmNow(this.clockSkewSeconds)),
      });
      return payload;
    } catch {
      return undefined;
    }
  }

  async #verify(token: string, expectedType: string): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys.resolveKey, {
        issuer: this.issuer,
        algorithms: [SIGNING_ALGORITHM],
        requiredClaims: ['exp', 'sub', 'jti'],
        currentDate: new Date(realmNow(this.clockSkewSeconds)),
      }));
    } catch (error) {
      throw describeJoseError(error);
    }
    if (payload.typ !== expectedType) {
      throw new TokenRejected(`its typ is ${String(payload.typ)}, not ${expectedType}`);
    }
    return payload;
  }

  #remember(token: string, principal: Principal): void {
    if (this.#cache.size >= CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.set(token, { principal, recheckAt: Date.now() + CLIENT_RECHECK_MS });
  }
}

/** Turns jose's verification errors into {@link TokenRejected}; other errors pass through. */
function describeJoseError(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) {
    return new TokenRejected('it expired', Number(error.payload.exp));
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') {
    return new TokenRejected('it was issued by another realm or server');
  }
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWSSignatureVerificationFailed
  ) {
    return new TokenRejected('its signature does not match a key of this realm');
  }
  if (error instanceof errors.JOSEError) {
    return new TokenRejected(`it is not a JWT of this realm (${error.message})`);
  }
  return error;
}

function accessTokenError(failure: TokenRejected, realm: string): ApiError {
  const challenge = `Bearer realm="${realm}", error="invalid_token"`;
  if (failure.expiredAt !== undefined) {
    const at = formatEpochSeconds(failure.expiredAt);
    return new ApiError(2003, `The access token expired at ${at}. Request a new token.`, {
      'WWW-Authenticate': `${challenge}, error_description="The access token expired"`,
    });
  }
  return new ApiError(2002, `The access token is invalid: ${failure.reason}.`, {
    'WWW-Authenticate': challenge,
  });
}

function toPrincipal(payload: JWTPayload): Principal {
  const roles = payload[CLAIM.roles];
  const deviceId = payload[CLAIM.deviceId];
  const principal: Principal = {
    subject: String(payload.sub),
    clientId: String(payload.azp ?? payload.sub),
    organisationCode: String(payload[CLAIM.organisation] ?? ''),
    roles: Array.isArray(roles) ? roles.map(String) : [],
    expiresAt: Number(payload.exp) * 1000,
  };
  if (typeof deviceId === 'string') principal.deviceId = deviceId;
  return principal;
}
