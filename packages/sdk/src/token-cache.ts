import { decodeJwtClaims } from './jwt.js';
import type { TokenInfo } from './token-provider.js';

/**
 * Lifetime assumed for a token whose response has no `expires_in` and which is not a JWT with
 * `exp`. 300 s is Keycloak's default access-token lifespan. When the real lifetime is shorter,
 * the API responds with 401 and the client renews the token then.
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
 * Converts a token response into an `IssuedToken`. `requestedAt` (epoch ms) is when the request
 * was sent, so the computed expiry errs on the early side.
 */
export function toIssuedToken(response: TokenResponseFields, requestedAt: number): IssuedToken {
  const claims = decodeJwtClaims(response.access_token);
  const refreshLifetime = response.refresh_expires_in;
  return {
    accessToken: response.access_token,
    expiresAt: expiryOf(response.expires_in, claims, requestedAt),
    refreshToken: response.refresh_token,
    // Keycloak sends 0 for refresh tokens without their own expiry.
    refreshExpiresAt:
      typeof refreshLifetime === 'number' && refreshLifetime > 0
        ? requestedAt + refreshLifetime * 1000
        : undefined,
    claims,
  };
}

function expiryOf(expiresIn: number | undefined, claims: Record<string, unknown>, now: number) {
  if (typeof expiresIn === 'number' && Number.isFinite(expiresIn)) return now + expiresIn * 1000;
  if (typeof claims.exp === 'number') return claims.exp * 1000;
  return now + DEFAULT_LIFETIME_SECONDS * 1000;
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
