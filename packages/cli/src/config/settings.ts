import { cliError, ExitCode, notLoggedInError } from '../errors.js';
import type { ClientAuthMethod, ConfigStore, StoredProfile } from './store.js';

/** The origin of a setting's value. */
export type SettingSource = 'flag' | 'environment' | 'profile' | 'default';

/** The realm of VDX's authentication manager, used for the default issuer. */
export const DEFAULT_REALM = 'vdx';

/** The token source: OpenID discovery at an issuer, or an explicit token endpoint. */
export type TokenEndpoint = { issuer: string } | { tokenUrl: string };

/** The stored options of each token request, in the SDK's `clientCredentials` option names. */
export interface TokenRequestOptions {
  clientAuthentication?: ClientAuthMethod;
  scope?: string;
  audience?: string;
}

/**
 * The token endpoint together with the options of each request there. Commands spread it into
 * the options of the SDK's `clientCredentials`, so every command requests tokens the same way.
 */
export type TokenRequestSettings = TokenEndpoint & TokenRequestOptions;

/** Returns the URL of the issuer or token endpoint. */
export function endpointUrl(endpoint: TokenEndpoint): string {
  return 'issuer' in endpoint ? endpoint.issuer : endpoint.tokenUrl;
}

/** Everything a command needs to fetch client-credentials tokens and call the API. */
export interface ClientSettings {
  profile: string;
  /** Whether a stored profile of this name exists. */
  storedProfile: boolean;
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  endpoint: TokenRequestSettings;
  /** The known environment of the stored profile, such as `local`. */
  environment?: string;
  sources: {
    baseUrl: SettingSource;
    clientId: SettingSource;
    clientSecret: SettingSource;
    tokenEndpoint: SettingSource;
  };
}

/** Options that a command passes from its flags. */
export interface SettingsOptions {
  profile: string;
  /** The `--base-url` flag. */
  baseUrl?: string;
}

type Environment = Record<string, string | undefined>;

/**
 * Resolves the client settings: flags first, then `VDX_*` environment variables, then the
 * stored profile. With VDX_BASE_URL, VDX_CLIENT_ID and VDX_CLIENT_SECRET set, no profile is needed.
 *
 * @throws CLIError (exit 3) naming what is missing, with a hint to run `vdx auth login`.
 * @throws CLIError (exit 2) when a URL is invalid.
 */
export function resolveClientSettings(
  store: ConfigStore,
  options: SettingsOptions,
  env: Environment = process.env,
): ClientSettings {
  const { profile } = options;
  const stored = store.getProfile(profile);
  const storedSecret = store.getCredentials(profile)?.clientSecret;

  const baseUrl = pick(options.baseUrl, env.VDX_BASE_URL, stored?.baseUrl);
  const clientId = pick(undefined, env.VDX_CLIENT_ID, stored?.clientId);
  const clientSecret = pick(undefined, env.VDX_CLIENT_SECRET, storedSecret);

  if (!stored && !baseUrl.value && !clientId.value && !clientSecret.value) {
    throw notLoggedInError(`profile "${profile}" does not exist`);
  }
  if (!baseUrl.value) throw notLoggedInError(missingText('base URL', profile, 'VDX_BASE_URL'));
  if (!clientId.value) throw notLoggedInError(missingText('client id', profile, 'VDX_CLIENT_ID'));
  if (!clientSecret.value) {
    throw notLoggedInError(missingText('client secret', profile, 'VDX_CLIENT_SECRET'));
  }

  const normalizedBaseUrl = normalizeUrl(baseUrl.value, baseUrlLabel(baseUrl.source));
  const endpoint = resolveTokenEndpoint(normalizedBaseUrl, stored, env);
  if (clientSecret.source === 'profile' && stored) {
    requireSecretEndpoint(profile, stored, endpointUrl(endpoint.value));
    requireSavedBaseUrl(profile, stored, normalizedBaseUrl);
  }

  return {
    profile,
    storedProfile: stored !== undefined,
    baseUrl: normalizedBaseUrl,
    clientId: clientId.value,
    clientSecret: clientSecret.value,
    endpoint: { ...endpoint.value, ...tokenRequestOptions(stored) },
    ...(stored?.env === undefined ? {} : { environment: stored.env }),
    sources: {
      baseUrl: baseUrl.source,
      clientId: clientId.source,
      clientSecret: clientSecret.source,
      tokenEndpoint: endpoint.source,
    },
  };
}

/**
 * Resolves only the base URL (flag, then VDX_BASE_URL, then the stored profile), for commands
 * that log in as a device and need no client credentials.
 *
 * @throws CLIError (exit 2) when no base URL is set or it is invalid.
 */
export function resolveBaseUrl(
  store: ConfigStore,
  options: SettingsOptions,
  env: Environment = process.env,
): string {
  const baseUrl = pick(
    options.baseUrl,
    env.VDX_BASE_URL,
    store.getProfile(options.profile)?.baseUrl,
  );
  if (!baseUrl.value) {
    throw cliError(
      'Missing base URL: pass --base-url, set VDX_BASE_URL, or run `vdx auth login` first.',
      ExitCode.Usage,
    );
  }
  return normalizeUrl(baseUrl.value, baseUrlLabel(baseUrl.source));
}

/** Returns the issuer that `vdx auth login` uses when none is given. */
export function defaultIssuer(baseUrl: string): string {
  return `${baseUrl}/realms/${DEFAULT_REALM}`;
}

/**
 * Checks that `value` is an absolute http or https URL and removes trailing slashes.
 *
 * @param label names the setting in the error, for example `--base-url`.
 * @throws CLIError (exit 2) naming the label and the value.
 */
export function normalizeUrl(value: string, label: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidUrlError(value, label);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidUrlError(value, label);
  return value.replace(/\/+$/, '');
}

/**
 * Checks that `value` is an absolute http or https URL and returns it unchanged. Issuers keep a
 * trailing slash, because OpenID discovery compares the issuer character for character, and the
 * SDK's error for a mismatch names the difference.
 *
 * @throws CLIError (exit 2) naming the label and the value.
 */
export function checkUrl(value: string, label: string): string {
  normalizeUrl(value, label);
  return value;
}

/** Returns the stored token request options of the profile, leaving out unset ones. */
export function tokenRequestOptions(profile: StoredProfile | undefined): TokenRequestOptions {
  const options: TokenRequestOptions = {};
  if (profile?.authMethod !== undefined) options.clientAuthentication = profile.authMethod;
  if (profile?.scope !== undefined) options.scope = profile.scope;
  if (profile?.audience !== undefined) options.audience = profile.audience;
  return options;
}

/**
 * Returns the URL of the issuer or token endpoint that `vdx auth login` stored the profile for,
 * which is the only place its stored secret may be sent.
 */
export function savedEndpointUrl(profile: StoredProfile): string {
  if (profile.tokenUrl) return profile.tokenUrl;
  if (profile.issuer) return profile.issuer;
  return defaultIssuer(profile.baseUrl.replace(/\/+$/, ''));
}

/**
 * Rejects sending the profile's stored secret to an issuer or token endpoint other than the one
 * it was stored for, as happens when `--base-url`, VDX_BASE_URL or VDX_ISSUER names another
 * server.
 *
 * @throws CLIError (exit 3) naming both URLs and the two ways forward.
 */
function requireSecretEndpoint(name: string, profile: StoredProfile, effective: string): void {
  const saved = savedEndpointUrl(profile);
  if (saved === effective) return;
  throw cliError(
    `The client secret stored in profile "${name}" is for ${saved}, but this command would send it to ${effective}. ` +
      'The secret was not sent. Run `vdx auth login` for the new server, or set VDX_CLIENT_SECRET to send a secret there explicitly.',
    ExitCode.Auth,
  );
}

/**
 * Rejects using the profile's stored credentials against another API than the one they were
 * stored for, because the access token they yield would be sent to that API.
 *
 * @throws CLIError (exit 3) naming both URLs and the two ways forward.
 */
function requireSavedBaseUrl(name: string, profile: StoredProfile, effective: string): void {
  const saved = profile.baseUrl.replace(/\/+$/, '');
  if (saved === effective) return;
  throw cliError(
    `The credentials stored in profile "${name}" are for the API at ${saved}, but this command would use them with ${effective}. ` +
      'Nothing was sent. Run `vdx auth login` for the new server, or set VDX_CLIENT_SECRET to use a secret there explicitly.',
    ExitCode.Auth,
  );
}

function invalidUrlError(value: string, label: string) {
  return cliError(
    `Invalid ${label} "${value}": expected an http or https URL such as http://127.0.0.1:8787.`,
    ExitCode.Usage,
  );
}

function resolveTokenEndpoint(
  baseUrl: string,
  stored: StoredProfile | undefined,
  env: Environment,
): { value: TokenEndpoint; source: SettingSource } {
  if (env.VDX_ISSUER) {
    return { value: { issuer: checkUrl(env.VDX_ISSUER, 'VDX_ISSUER') }, source: 'environment' };
  }
  if (stored?.tokenUrl) return { value: { tokenUrl: stored.tokenUrl }, source: 'profile' };
  if (stored?.issuer) return { value: { issuer: stored.issuer }, source: 'profile' };
  return { value: { issuer: defaultIssuer(baseUrl) }, source: 'default' };
}

function pick(
  flag: string | undefined,
  environment: string | undefined,
  profile: string | undefined,
): { value: string | undefined; source: SettingSource } {
  if (flag) return { value: flag, source: 'flag' };
  if (environment) return { value: environment, source: 'environment' };
  return { value: profile, source: 'profile' };
}

function missingText(setting: string, profile: string, variable: string): string {
  return `no ${setting} in profile "${profile}" and ${variable} is not set`;
}

function baseUrlLabel(source: SettingSource): string {
  if (source === 'flag') return '--base-url';
  if (source === 'environment') return 'VDX_BASE_URL';
  return 'base URL of the profile';
}
