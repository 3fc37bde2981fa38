import type { Logger } from 'pino';
import { ConfigError } from './errors.js';

/** Options of {@link startServer}; every field has a default. */
export interface ServerOptions {
  /** TCP port; default 8787, and 0 picks a free port. */
  port?: number;
  /** Address to listen on; default `127.0.0.1`. */
  host?: string;
  /** SQLite file (parent directories are created) or `:memory:`; default `./.vdx/vdx.sqlite`. */
  db?: string;
  /** `demo` loads the demo organisations, clients and devices (idempotent); default `none`. */
  seed?: 'demo' | 'none';
  /** Realm name in `/realms/{realm}/...`; default `vdx`. */
  realm?: string;
  /** Access-token lifetime in seconds; default 300. */
  accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime in seconds; default 1800. */
  refreshTokenTtlSeconds?: number;
  /**
   * Refresh-token policy; default `per-client`, which follows each client's setting. `always`
   * gives every client refresh tokens and the refresh_token grant. `never` gives none and rejects
   * the refresh_token grant.
   */
  refreshTokens?: RefreshTokenPolicy;
  /**
   * Offset of the realm's clock from the system clock in seconds, which may be negative: tokens
   * get `iat` and `exp` from the offset clock, and the server verifies its tokens with the same
   * clock. Lets tests drive a client whose clock differs from the server's. Default 0.
   */
  clockSkewSeconds?: number;
  /** Date (ISO 8601, UTC) from which `POST /videoapi/token` returns 410; default `2026-12-01`. */
  stsCutoff?: string;
  /** Base URL used in the issuer and in links; default `http://<host>:<port>`. */
  publicUrl?: string;
  /** A pino logger; default pino to stdout at level info, and `false` logs nothing. */
  logger?: false | Logger;
  /** Delivery attempts of a webhook whose `maxAttempts` is not set, 1 to 20; default 10. */
  webhookMaxAttempts?: number;
  /** Time limit of one webhook delivery attempt in milliseconds; default 10 000. */
  webhookTimeoutMs?: number;
  /** Wait after a webhook's first failed attempt in milliseconds, doubling after each; default 1000. */
  webhookRetryBaseMs?: number;
  /** Maximum number of webhook deliveries in flight at once; default 8. */
  webhookConcurrency?: number;
  /** Test events (`POST .../webhook/test`) per organisation per minute; default 10. */
  webhookTestsPerMinute?: number;
  /** Directory searches (`/appointments/v1/directory/...`) per OAuth client per minute; default 60. */
  directorySearchesPerMinute?: number;
  /**
   * Failed logins allowed per device login id or OAuth client id within
   * `loginFailureWindowSeconds`, on `POST /devices/v1/login` and the token endpoint; default 10.
   */
  loginFailuresPerId?: number;
  /** Failed logins allowed per remote address within the window, over all ids; default 50. */
  loginFailuresPerAddress?: number;
  /** Length of the sliding window of the failed-login limits in seconds; default 300. */
  loginFailureWindowSeconds?: number;
  /**
   * Checks every response against the spec and turns a mismatch into a 500 with code 9001, for
   * tests. The default is true when the environment variable `VDX_VALIDATE_RESPONSES` is `1`.
   */
  validateResponses?: boolean;
}

/** The values of {@link ServerOptions.refreshTokens}. */
export type RefreshTokenPolicy = 'per-client' | 'always' | 'never';

/** The accepted values of {@link ServerOptions.refreshTokens}, in the order of the help text. */
export const REFRESH_TOKEN_POLICIES: readonly RefreshTokenPolicy[] = [
  'per-client',
  'always',
  'never',
];

/** Options after defaults and checks. `publicUrl` is unset until the port is known. */
export interface ResolvedOptions {
  port: number;
  host: string;
  db: string;
  seed: 'demo' | 'none';
  realm: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  refreshTokens: RefreshTokenPolicy;
  clockSkewSeconds: number;
  stsCutoff: string;
  /** The cut-off as milliseconds since the Unix epoch. */
  stsCutoffMs: number;
  publicUrl: string | undefined;
  logger: false | Logger | undefined;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
  webhookRetryBaseMs: number;
  webhookConcurrency: number;
  webhookTestsPerMinute: number;
  directorySearchesPerMinute: number;
  loginFailuresPerId: number;
  loginFailuresPerAddress: number;
  loginFailureWindowSeconds: number;
  validateResponses: boolean;
}

/** The settings the application runs with. */
export interface ServerConfig extends ResolvedOptions {
  publicUrl: string;
  /** `<publicUrl>/realms/<realm>`, the `iss` of every token. */
  issuer: string;
}

/** Default values of {@link ServerOptions}. */
export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  db: './.vdx/vdx.sqlite',
  seed: 'none',
  realm: 'vdx',
  accessTokenTtlSeconds: 300,
  refreshTokenTtlSeconds: 1800,
  refreshTokens: 'per-client',
  clockSkewSeconds: 0,
  stsCutoff: '2026-12-01',
  webhookMaxAttempts: 10,
  webhookTimeoutMs: 10_000,
  webhookRetryBaseMs: 1000,
  webhookConcurrency: 8,
  webhookTestsPerMinute: 10,
  directorySearchesPerMinute: 60,
  loginFailuresPerId: 10,
  loginFailuresPerAddress: 50,
  loginFailureWindowSeconds: 300,
} as const;

const REALM_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const MAX_TTL_SECONDS = 365 * 24 * 3600;

/**
 * Applies defaults to `options` and checks every value.
 *
 * @throws {ConfigError} when a value cannot be used; the message names the option and the fix.
 */
export function resolveOptions(options: ServerOptions = {}): ResolvedOptions {
  const stsCutoff = options.stsCutoff ?? DEFAULTS.stsCutoff;
  return {
    port: checkPort(options.port ?? DEFAULTS.port),
    host: checkHost(options.host ?? DEFAULTS.host),
    db: checkDb(options.db ?? DEFAULTS.db),
    seed: checkSeed(options.seed ?? DEFAULTS.seed),
    realm: checkRealm(options.realm ?? DEFAULTS.realm),
    accessTokenTtlSeconds: checkTtl(
      'accessTokenTtlSeconds',
      options.accessTokenTtlSeconds ?? DEFAULTS.accessTokenTtlSeconds,
    ),
    refreshTokenTtlSeconds: checkTtl(
      'refreshTokenTtlSeconds',
      options.refreshTokenTtlSeconds ?? DEFAULTS.refreshTokenTtlSeconds,
    ),
    refreshTokens: checkRefreshTokens(options.refreshTokens ?? DEFAULTS.refreshTokens),
    clockSkewSeconds: checkClockSkew(options.clockSkewSeconds ?? DEFAULTS.clockSkewSeconds),
    stsCutoff,
    stsCutoffMs: parseCutoff(stsCutoff),
    publicUrl: options.publicUrl === undefined ? undefined : normalisePublicUrl(options.publicUrl),
    logger: options.logger,
    ...resolveWebhookOptions(options),
    directorySearchesPerMinute: checkWholeNumber(
      'directorySearchesPerMinute',
      options.directorySearchesPerMinute ?? DEFAULTS.directorySearchesPerMinute,
      MAX_DIRECTORY_SEARCHES_PER_MINUTE,
    ),
    ...resolveLoginFailureOptions(options),
    validateResponses: options.validateResponses ?? process.env.VDX_VALIDATE_RESPONSES === '1',
  };
}

/** Upper bounds of the failed-login options, high enough for load tests. */
const LOGIN_FAILURE_LIMITS = {
  loginFailuresPerId: 1_000_000,
  loginFailuresPerAddress: 1_000_000,
  loginFailureWindowSeconds: 86_400,
} as const;

function resolveLoginFailureOptions(
  options: ServerOptions,
): Pick<ResolvedOptions, keyof typeof LOGIN_FAILURE_LIMITS> {
  const resolve = (name: keyof typeof LOGIN_FAILURE_LIMITS) =>
    checkWholeNumber(name, options[name] ?? DEFAULTS[name], LOGIN_FAILURE_LIMITS[name]);
  return {
    loginFailuresPerId: resolve('loginFailuresPerId'),
    loginFailuresPerAddress: resolve('loginFailuresPerAddress'),
    loginFailureWindowSeconds: resolve('loginFailureWindowSeconds'),
  };
}

/** Upper bound of `directorySearchesPerMinute`, high enough for load tests. */
const MAX_DIRECTORY_SEARCHES_PER_MINUTE = 1_000_000;

/** Upper bounds of the webhook options; the spec caps a webhook's `maxAttempts` at 20. */
const WEBHOOK_LIMITS = {
  webhookMaxAttempts: 20,
  webhookTimeoutMs: 600_000,
  webhookRetryBaseMs: 3_600_000,
  webhookConcurrency: 100,
  webhookTestsPerMinute: 10_000,
} as const;

type WebhookOptionName = keyof typeof WEBHOOK_LIMITS;

function resolveWebhookOptions(options: ServerOptions): Pick<ResolvedOptions, WebhookOptionName> {
  const resolve = (name: WebhookOptionName) =>
    checkWholeNumber(name, options[name] ?? DEFAULTS[name], WEBHOOK_LIMITS[name]);
  return {
    webhookMaxAttempts: resolve('webhookMaxAttempts'),
    webhookTimeoutMs: resolve('webhookTimeoutMs'),
    webhookRetryBaseMs: resolve('webhookRetryBaseMs'),
    webhookConcurrency: resolve('webhookConcurrency'),
    webhookTestsPerMinute: resolve('webhookTestsPerMinute'),
  };
}

function checkWholeNumber(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`Invalid ${name} ${value}: use a whole number from 1 to ${max}.`);
  }
  return value;
}

/** Completes resolved options with the public URL, defaulting to the listening address. */
export function finishConfig(resolved: ResolvedOptions, listeningPort: number): ServerConfig {
  const publicUrl = resolved.publicUrl ?? baseUrlOf(resolved.host, listeningPort);
  return { ...resolved, publicUrl, issuer: `${publicUrl}/realms/${resolved.realm}` };
}

/** Returns `http://<host>:<port>`, with an IPv6 host in brackets. */
export function baseUrlOf(host: string, port: number): string {
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return `http://${hostPart}:${port}`;
}

function checkPort(port: number): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `Invalid port ${port}: use an integer from 0 to 65535 (0 picks a free port).`,
    );
  }
  return port;
}

function checkHost(host: string): string {
  if (host.trim() === '') {
    throw new ConfigError('Invalid host "": give an address to listen on, such as 127.0.0.1.');
  }
  return host;
}

function checkDb(db: string): string {
  if (db.trim() === '') {
    throw new ConfigError('Invalid db "": give a SQLite file path or :memory:.');
  }
  return db;
}

function checkSeed(seed: string): 'demo' | 'none' {
  if (seed !== 'demo' && seed !== 'none') {
    throw new ConfigError(`Invalid seed "${seed}": use demo or none.`);
  }
  return seed;
}

function checkRealm(realm: string): string {
  if (!REALM_PATTERN.test(realm)) {
    throw new ConfigError(
      `Invalid realm "${realm}": use 1 to 100 characters of letters, digits, dot, underscore or hyphen.`,
    );
  }
  return realm;
}

function checkTtl(name: string, seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TTL_SECONDS) {
    throw new ConfigError(
      `Invalid ${name} ${seconds}: use a whole number of seconds from 1 to ${MAX_TTL_SECONDS}.`,
    );
  }
  return seconds;
}

function checkRefreshTokens(value: string): RefreshTokenPolicy {
  if (!(REFRESH_TOKEN_POLICIES as readonly string[]).includes(value)) {
    throw new ConfigError(
      `Invalid refreshTokens "${value}": use ${REFRESH_TOKEN_POLICIES.join(', ')}.`,
    );
  }
  return value as RefreshTokenPolicy;
}

function checkClockSkew(seconds: number): number {
  if (!Number.isInteger(seconds) || Math.abs(seconds) > MAX_TTL_SECONDS) {
    throw new ConfigError(
      `Invalid clockSkewSeconds ${seconds}: use a whole number of seconds from -${MAX_TTL_SECONDS} to ${MAX_TTL_SECONDS}.`,
    );
  }
  return seconds;
}

function parseCutoff(value: string): number {
  const ms = ISO_DATE_PATTERN.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new ConfigError(
      `Invalid stsCutoff "${value}": use an ISO 8601 date such as 2026-12-01 (midnight UTC).`,
    );
  }
  return ms;
}

function normalisePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`Invalid publicUrl "${value}": use an absolute http or https URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`Invalid publicUrl "${value}": use an http or https URL.`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError(`Invalid publicUrl "${value}": remove the query and fragment.`);
  }
  return url.href.replace(/\/+$/, '');
}
