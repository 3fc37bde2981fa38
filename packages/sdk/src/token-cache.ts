import { decodeJwtClaims } from './jwt.js';
import type { TokenInfo } from './token-provider.js';

/**
 * Lifetime assumed for a token whose response has no usable `expires_in` and whose JWT claims
 * give no lifetime. 300 s is Keycloak's default access-token lifespan. When the real lifetime is
 * shorter, the API responds with 401 and the client renews the token then.
 */
const DEFAULT_LIFETIME_SECONDS = 300;

/** An access token as the cache stores it; times are epoch milliseconds. */
export interface IssuedToken {
  accessToken: string;
  expiresAt: number;
  refreshToken?: string | undefined;
  refreshExpiresAt?: number | undefined;
  claims: Record<string, unknown>;
}

/** The fields of an OAuth token response that the cache reads. */
export interface TokenResponseFields {
  access_token: string;
  expires_in?: number | undefined;
  refresh_token?: string | undefined;
  refresh_expires_in?: unknown;
}

/**
 * Converts a token response into an `IssuedToken`. `requestedAt` (epoch ms, local clock) is when
 * the request was sent, so the computed expiry errs on the early side.
 *
 * The expiry is a lifetime added to the local `requestedAt`, never the JWT `exp` compared with
 * the local clock, so a client whose clock differs from the server's still renews in time. The
 * lifetime is `expires_in` when it is a positive number, otherwise the JWT's `exp - iat`,
 * otherwise `exp` minus the local time when that is positive, otherwise 300 s.
 */
export function toIssuedToken(response: TokenResponseFields, requestedAt: number): IssuedToken {
  const claims = decodeJwtClaims(response.access_token);
  const refreshLifetime = response.refresh_expires_in;
  return {
    accessToken: response.access_token,
    expiresAt: requestedAt + lifetimeSecondsOf(response.expires_in, claims, requestedAt) * 1000,
    refreshToken: response.refresh_token,
    // Keycloak sends 0 for refresh tokens without their own expiry.
    refreshExpiresAt:
      typeof refreshLifetime === 'number' && refreshLifetime > 0
        ? requestedAt + refreshLifetime * 1000
        : undefined,
    claims,
  };
}

function lifetimeSecondsOf(
  expiresIn: number | undefined,
  claims: Record<string, unknown>,
  now: number,
): number {
  if (isPositiveNumber(expiresIn)) return expiresIn;
  const { exp, iat } = claims;
  if (isPositiveNumber(exp) && isPositiveNumber(iat) && exp > iat) return exp - iat;
  // Without iat only the local clock is left, so a skewed clock can make this wrong. The client
  // renews the token after a 401, which covers that case.
  if (isPositiveNumber(exp) && exp * 1000 > now) return (exp * 1000 - now) / 1000;
  return DEFAULT_LIFETIME_SECONDS;
}

function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * Caches one access token and renews it through `renew`, with at most one renewal in flight.
 *
 * A token counts as stale `renewBeforeMs` before it expires, but never earlier than half-way
 * through its lifetime, so a token that lives 2 s is used for 1 s instead of being renewed on
 * every call. A token that arrives already expired is handed to the callers that waited for it
 * and counts as stale at once.
 */
export class TokenCache {
  readonly #renew: (current: IssuedToken | undefined) => Promise<IssuedToken>;
  readonly #renewBeforeMs: number;
  #current: IssuedToken | undefined;
  #staleAt = 0;
  #pending: Promise<IssuedToken> | undefined;
  #generation = 0;

  constructor(
    renew: (current: IssuedToken | undefined) => Promise<IssuedToken>,
    renewBeforeMs: number,
  ) {
    this.#renew = renew;
    this.#renewBeforeMs = renewBeforeMs;
  }

  /** Returns a fresh access token, renewing it first when it is stale or `forceRefresh` is set. */
  async getAccessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.#current !== undefined && Date.now() < this.#staleAt) {
      return this.#current.accessToken;
    }
    const token = await this.#renewShared();
    return token.accessToken;
  }

  /** Returns the cached token's expiry, refresh-token presence and claims. */
  info(): TokenInfo | undefined {
    const current = this.#current;
    if (current === undefined) return undefined;
    return {
      expiresAt: new Date(current.expiresAt),
      hasRefreshToken: current.refreshToken !== undefined,
      claims: current.claims,
    };
  }

  /** Forgets the cached token; a renewal already in flight does not repopulate the cache. */
  clear(): void {
    this.#generation += 1;
    this.#current = undefined;
    this.#staleAt = 0;
  }

  #renewShared(): Promise<IssuedToken> {
    if (this.#pending !== undefined) return this.#pending;

    const generation = this.#generation;
    const startedAt = Date.now();
    const pending = this.#renew(this.#current).then((token) => {
      if (generation === this.#generation) this.#store(token, startedAt);
      return token;
    });
    // Clearing on settle lets the next caller retry after a failure.
    const shared = pending.finally(() => {
      if (this.#pending === shared) this.#pending = undefined;
    });
    this.#pending = shared;
    return shared;
  }

  #store(token: IssuedToken, requestedAt: number): void {
    const lifetimeMs = token.expiresAt - requestedAt;
    const marginMs = Math.min(this.#renewBeforeMs, lifetimeMs / 2);
    this.#current = token;
    this.#staleAt = lifetimeMs > 0 ? token.expiresAt - marginMs : 0;
  }
}
