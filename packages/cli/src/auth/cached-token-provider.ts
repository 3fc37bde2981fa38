import { createHash } from 'node:crypto';
import type { CachedToken } from '../config/store.js';

/** Seconds before expiry at which a cached token is no longer used. */
export const TOKEN_RENEW_BEFORE_SECONDS = 60;

/** The part of the SDK's client-credentials provider that the cache uses. */
export interface RenewableTokenSource {
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  tokenInfo(): { expiresAt: Date } | undefined;
}

/** Reads and writes the cached token of one profile. */
export interface TokenCache {
  read(): CachedToken | undefined;
  write(token: CachedToken): void;
}

/**
 * Returns a stable hash of what a token was issued for, so that a cached token is used only
 * with the same client id, token endpoint and secret.
 */
export function tokenIdentity(
  clientId: string,
  tokenEndpoint: string,
  clientSecret: string,
): string {
  return createHash('sha256')
    .update(`${clientId}\n${tokenEndpoint}\n${clientSecret}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * A token provider that serves a token cached in the credentials file until shortly before it
 * expires, so that a command makes no token request while a cached token is valid.
 *
 * `forceRefresh`, which the SDK sets after a 401 response, skips the cache, and every newly fetched token
 * replaces the cached one.
 */
export class CachedTokenProvider {
  readonly #source: RenewableTokenSource;
  readonly #cache: TokenCache;
  readonly #identity: string;
  #expiresAt: string | undefined;

  constructor(source: RenewableTokenSource, cache: TokenCache, identity: string) {
    this.#source = source;
    this.#cache = cache;
    this.#identity = identity;
  }

  /** Returns a valid access token, from the cache when possible. */
  async getAccessToken(options?: { forceRefresh?: boolean }): Promise<string> {
    if (!options?.forceRefresh) {
      const cached = this.#usableCachedToken();
      if (cached) {
        this.#expiresAt = cached.expiresAt;
        return cached.accessToken;
      }
    }

    const accessToken = await this.#source.getAccessToken(options);
    const info = this.#source.tokenInfo();
    this.#expiresAt = info?.expiresAt.toISOString();
    if (info) {
      this.#cache.write({
        accessToken,
        expiresAt: info.expiresAt.toISOString(),
        identity: this.#identity,
      });
    }
    return accessToken;
  }

  /** Returns the RFC 3339 expiry of the token that `getAccessToken` returned last, if known. */
  tokenExpiry(): string | undefined {
    return this.#expiresAt;
  }

  #usableCachedToken(): CachedToken | undefined {
    const cached = this.#cache.read();
    if (!cached || cached.identity !== this.#identity) return undefined;

    const remainingMs = Date.parse(cached.expiresAt) - Date.now();
    if (!(remainingMs > TOKEN_RENEW_BEFORE_SECONDS * 1000)) return undefined;
    return cached;
  }
}
