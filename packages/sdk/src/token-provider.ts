/**
 * A source of access tokens for `createVdxClient`.
 *
 * `getAccessToken()` may return a cached token. The client calls it with `forceRefresh: true`
 * once when the API rejects a token with HTTP 401, and then retries the request once.
 *
 * @example
 * ```ts
 * const provider: TokenProvider = { getAccessToken: async () => readTokenFromVault() };
 * const client = createVdxClient({ baseUrl, auth: provider });
 * ```
 */
export interface TokenProvider {
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
}

/** A fixed bearer token, for scripts that already hold one; it is never renewed. */
export interface StaticAccessToken {
  accessToken: string;
}

/** The state of a token provider's cached access token. */
export interface TokenInfo {
  expiresAt: Date;
  hasRefreshToken: boolean;
  /** The access token's JWT claims, decoded but not verified; empty when it is not a JWT. */
  claims: Record<string, unknown>;
}
