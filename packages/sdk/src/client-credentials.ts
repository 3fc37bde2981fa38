import type * as OpenIdClient from 'openid-client';
import { VdxAuthError, VdxError } from './errors.js';
import type { VdxLogger } from './logger.js';
import { toNetworkError } from './network-failure.js';
import { KEYCLOAK_TOKEN_PATH, toOAuthError } from './oauth-errors.js';
import { type IssuedToken, TokenCache, toIssuedToken } from './token-cache.js';
import type { TokenInfo, TokenProvider } from './token-provider.js';

/** Options of `clientCredentials`. */
export interface ClientCredentialsOptions {
  /**
   * The issuer, for Keycloak the realm URL. Discovery reads
   * `<issuer>/.well-known/openid-configuration`.
   */
  issuer?: string;
  /** The token endpoint, used instead of discovery. Pass exactly one of `issuer` and `tokenUrl`. */
  tokenUrl?: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to request. */
  scope?: string;
  /** The intended audience, sent as the `audience` parameter. */
  audience?: string;
  /** The client authentication method at the token endpoint; default `client_secret_basic`. */
  clientAuthentication?: 'client_secret_basic' | 'client_secret_post';
  /** The fetch for discovery and token requests; default `globalThis.fetch`, looked up per call. */
  fetch?: typeof fetch;
  /**
   * Whether plain-http issuers and token URLs are allowed. Default: true only for
   * `localhost`, `127.0.0.1` and `[::1]`.
   */
  allowInsecureRequests?: boolean;
  /** How many seconds before expiry the token is renewed; default 30. */
  renewBeforeSeconds?: number;
  /** Receives token renewal events; it never receives tokens or secrets. */
  logger?: VdxLogger;
}

/** A token provider for OAuth 2.0 client credentials, with access to its cached token. */
export interface ClientCredentialsProvider extends TokenProvider {
  /** Returns the cached token's expiry, refresh-token presence and claims, if a token is cached. */
  tokenInfo(): TokenInfo | undefined;
  /** Forgets the cached access and refresh token, so the next call requests a new one. */
  clear(): void;
}

/** The resolved settings of one provider. */
interface OAuthSettings {
  endpoint: URL;
  /** The issuer exactly as configured, for error messages; undefined with `tokenUrl`. */
  issuer: string | undefined;
  useDiscovery: boolean;
  clientId: string;
  clientSecret: string;
  authMethod: 'client_secret_basic' | 'client_secret_post';
  scope: string | undefined;
  audience: string | undefined;
  fetch: typeof fetch;
  allowInsecureRequests: boolean;
  logger: VdxLogger | undefined;
}

/** openid-client's default time limit for each discovery and token request, which the SDK keeps. */
const OAUTH_TIMEOUT_SECONDS = 30;
const DEFAULT_RENEW_BEFORE_SECONDS = 30;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Creates a token provider that gets access tokens with the OAuth 2.0 client credentials grant
 * (openid-client 6), caches each until shortly before it expires, and renews it with the
 * refresh token when the server issued one.
 *
 * Many concurrent callers share one token request. When a refresh is rejected with
 * `invalid_grant` (expired, revoked) or `unauthorized_client`, the provider falls back to the
 * client credentials grant once. Token responses with and without a refresh token both work.
 * The expiry is `expires_in` (or the JWT's `exp - iat`) counted from the local send time, so
 * clock skew between client and server does not shift it.
 *
 * @throws {VdxError} at once when the options are invalid, such as both or neither of `issuer`
 *   and `tokenUrl`, a plain-http URL that is not allowed, or the legacy `/videoapi/token` URL.
 * @throws {VdxAuthError} from `getAccessToken()` when discovery or the token request fails,
 *   with a `reason` such as `invalid_client`, `token_url_not_found` or `issuer_mismatch`.
 * @throws {VdxNetworkError} (reason `unreachable` or `tls`) or {VdxTimeoutError} from
 *   `getAccessToken()` when the server cannot be reached.
 *
 * @example
 * ```ts
 * const auth = clientCredentials({
 *   issuer: 'https://auth.vdx.example/realms/vdx',
 *   clientId: process.env.VDX_CLIENT_ID!,
 *   clientSecret: process.env.VDX_CLIENT_SECRET!,
 * });
 * const client = createVdxClient({ baseUrl: 'https://api.vdx.example', auth });
 * ```
 */
export function clientCredentials(options: ClientCredentialsOptions): ClientCredentialsProvider {
  const settings = resolveSettings(options);
  const renewBeforeSeconds = options.renewBeforeSeconds ?? DEFAULT_RENEW_BEFORE_SECONDS;
  if (!Number.isFinite(renewBeforeSeconds) || renewBeforeSeconds < 0) {
    throw new VdxError(
      `renewBeforeSeconds must be a number of seconds, 0 or more; got ${renewBeforeSeconds}.`,
    );
  }
  const session = new OAuthSession(settings);
  const cache = new TokenCache(
    (current) => session.requestToken(current),
    renewBeforeSeconds * 1000,
  );

  return {
    getAccessToken: (request) => cache.getAccessToken(request?.forceRefresh === true),
    tokenInfo: () => cache.info(),
    clear: () => cache.clear(),
  };
}

function resolveSettings(options: ClientCredentialsOptions): OAuthSettings {
  requireText(options.clientId, 'clientId');
  requireText(options.clientSecret, 'clientSecret');
  if ((options.issuer === undefined) === (options.tokenUrl === undefined)) {
    throw new VdxError(
      'Pass exactly one of issuer (for OpenID discovery) and tokenUrl (the token endpoint itself).',
    );
  }
  const name = options.issuer === undefined ? 'tokenUrl' : 'issuer';
  const endpoint = parseHttpUrl(options.issuer ?? options.tokenUrl ?? '', name);
  rejectStsExchangeUrl(endpoint, name);

  const allowInsecureRequests =
    options.allowInsecureRequests ?? LOOPBACK_HOSTS.has(endpoint.hostname);
  if (endpoint.protocol === 'http:' && !allowInsecureRequests) {
    throw new VdxError(
      `${name} ${endpoint.href} uses plain http. Use https, or set allowInsecureRequests: true for a server you trust.`,
    );
  }
  const authMethod = options.clientAuthentication ?? 'client_secret_basic';
  if (authMethod !== 'client_secret_basic' && authMethod !== 'client_secret_post') {
    throw new VdxError(
      `clientAuthentication must be client_secret_basic or client_secret_post; got "${String(authMethod)}".`,
    );
  }
  const customFetch = options.fetch;
  return {
    endpoint,
    issuer: options.issuer,
    useDiscovery: options.issuer !== undefined,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    authMethod,
    scope: options.scope,
    audience: options.audience,
    fetch: customFetch ?? ((input, init) => globalThis.fetch(input, init)),
    allowInsecureRequests,
    logger: options.logger,
  };
}

/** Runs discovery once and the grants of one client through openid-client. */
class OAuthSession {
  readonly #settings: OAuthSettings;
  #configuration: Promise<OpenIdClient.Configuration> | undefined;
  #oidc: typeof OpenIdClient | undefined;

  constructor(settings: OAuthSettings) {
    this.#settings = settings;
  }

  /**
   * Gets a new token: with the refresh token when `current` has a usable one, otherwise (or
   * after `invalid_grant`) with the client credentials.
   */
  async requestToken(current: IssuedToken | undefined): Promise<IssuedToken> {
    const configuration = await this.#configure();
    if (current?.refreshToken !== undefined && !isExpired(current.refreshExpiresAt)) {
      const refreshed = await this.#refresh(configuration, current.refreshToken);
      if (refreshed !== undefined) return refreshed;
    }
    return this.#grant(configuration);
  }

  async #refresh(configuration: OpenIdClient.Configuration, refreshToken: string) {
    const oidc = await this.#loadOpenIdClient();
    const requestedAt = Date.now();
    try {
      const response = await oidc.refreshTokenGrant(configuration, refreshToken, this.#scope());
      const token = toIssuedToken(response, requestedAt);
      // RFC 6749 section 6: without a new refresh token, the old one stays valid.
      return token.refreshToken === undefined ? { ...token, refreshToken } : token;
    } catch (error) {
      const context = this.#context('refresh_token', configuration);
      const mapped = await toOAuthError(error, oidc, context);
      if (!isRefreshRejection(mapped)) throw mapped;
      this.#settings.logger?.info?.(
        `Refresh token rejected (${mapped.oauthError}); requesting a new token with the client credentials`,
        { clientId: this.#settings.clientId },
      );
      return undefined;
    }
  }

  async #grant(configuration: OpenIdClient.Configuration): Promise<IssuedToken> {
    const oidc = await this.#loadOpenIdClient();
    const parameters = { ...this.#scope() };
    if (this.#settings.audience !== undefined) parameters.audience = this.#settings.audience;
    const requestedAt = Date.now();
    try {
      return toIssuedToken(
        await oidc.clientCredentialsGrant(configuration, parameters),
        requestedAt,
      );
    } catch (error) {
      throw await toOAuthError(error, oidc, this.#context('client_credentials', configuration));
    }
  }

  #scope(): Record<string, string> {
    return this.#settings.scope === undefined ? {} : { scope: this.#settings.scope };
  }

  #configure(): Promise<OpenIdClient.Configuration> {
    if (this.#configuration === undefined) {
      const configuration = this.#createConfiguration();
      // A failed discovery is not cached, so the next token request retries it.
      configuration.catch(() => {
        if (this.#configuration === configuration) this.#configuration = undefined;
      });
      this.#configuration = configuration;
    }
    return this.#configuration;
  }

  async #createConfiguration(): Promise<OpenIdClient.Configuration> {
    const oidc = await this.#loadOpenIdClient();
    const settings = this.#settings;
    const clientAuth =
      settings.authMethod === 'client_secret_post'
        ? oidc.ClientSecretPost(settings.clientSecret)
        : oidc.ClientSecretBasic(settings.clientSecret);
    const customFetch = this.#createOAuthFetch();

    if (!settings.useDiscovery) {
      const metadata = { issuer: settings.endpoint.origin, token_endpoint: settings.endpoint.href };
      const configuration = new oidc.Configuration(
        metadata,
        settings.clientId,
        undefined,
        clientAuth,
      );
      configuration[oidc.customFetch] = customFetch;
      configuration.timeout = OAUTH_TIMEOUT_SECONDS;
      if (settings.allowInsecureRequests) oidc.allowInsecureRequests(configuration);
      return configuration;
    }

    try {
      return await oidc.discovery(settings.endpoint, settings.clientId, undefined, clientAuth, {
        [oidc.customFetch]: customFetch,
        timeout: OAUTH_TIMEOUT_SECONDS,
        execute: settings.allowInsecureRequests ? [oidc.allowInsecureRequests] : [],
      });
    } catch (error) {
      throw await toOAuthError(error, oidc, this.#context(undefined, undefined));
    }
  }

  /** Wraps the configured fetch so that a failed connection names its URL and host. */
  #createOAuthFetch(): OpenIdClient.CustomFetch {
    const fetchImpl = this.#settings.fetch;
    const setting = this.#settings.useDiscovery ? 'issuer URL' : 'token URL';
    return async (url, init) => {
      try {
        return await fetchImpl(url, init as RequestInit);
      } catch (error) {
        if (init.signal?.aborted === true) throw error;
        throw toNetworkError(url, error, setting);
      }
    };
  }

  /** Describes the failing step for error messages; `grant` is undefined for discovery. */
  #context(
    grant: 'client_credentials' | 'refresh_token' | undefined,
    configuration: OpenIdClient.Configuration | undefined,
  ) {
    const settings = this.#settings;
    const url =
      grant === undefined
        ? discoveryUrlOf(settings.endpoint)
        : (configuration?.serverMetadata().token_endpoint ?? settings.endpoint.href);
    return {
      stage: grant === undefined ? ('discovery' as const) : ('token' as const),
      grant,
      url,
      issuer: settings.issuer,
      clientId: settings.clientId,
      authMethod: settings.authMethod,
      scope: settings.scope,
      timeoutMs: OAUTH_TIMEOUT_SECONDS * 1000,
    };
  }

  async #loadOpenIdClient(): Promise<typeof OpenIdClient> {
    // Loaded on first use, so programs that pass a fixed token never load openid-client.
    this.#oidc ??= await import('openid-client');
    return this.#oidc;
  }
}

function discoveryUrlOf(issuer: URL): string {
  const base = issuer.href.endsWith('/') ? issuer.href : `${issuer.href}/`;
  return `${base}.well-known/openid-configuration`;
}

/**
 * Tells whether a failed refresh should fall back to the client credentials grant: the refresh
 * token expired, was revoked or reused (`invalid_grant`), or the realm no longer allows the
 * client the refresh_token grant (`unauthorized_client`).
 */
function isRefreshRejection(error: unknown): error is VdxAuthError {
  return (
    error instanceof VdxAuthError &&
    (error.oauthError === 'invalid_grant' || error.oauthError === 'unauthorized_client')
  );
}

/** Rejects the legacy STS exchange URL, which a migrated configuration often still names. */
function rejectStsExchangeUrl(endpoint: URL, name: string): void {
  if (!/\/videoapi\/token\/?$/.test(endpoint.pathname)) return;
  throw new VdxError(
    `${name} ${endpoint.href} is the legacy STS token exchange (/videoapi/token), which issues no OAuth tokens. Use the realm's token endpoint <issuer>${KEYCLOAK_TOKEN_PATH} as tokenUrl, or the realm URL as issuer.`,
  );
}

function isExpired(epochMs: number | undefined): boolean {
  return epochMs !== undefined && Date.now() >= epochMs;
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new VdxError(`${name} must be a non-empty string.`);
  }
}

function parseHttpUrl(value: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new VdxError(
      `${name} must be an absolute URL such as https://auth.vdx.example/realms/vdx; got "${value}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new VdxError(`${name} must be an http or https URL; got "${value}".`);
  }
  return url;
}
