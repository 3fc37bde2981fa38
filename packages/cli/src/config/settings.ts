import { cliError, ExitCode, notLoggedInError } from '../errors.js';
import type { ConfigStore, StoredProfile } from './store.js';

/** The origin of a setting's value. */
export type SettingSource = 'flag' | 'environment' | 'profile' | 'default';

/** The realm of VDX's authentication manager, used for the default issuer. */
export const DEFAULT_REALM = 'vdx';

/** The token source: OpenID discovery at an issuer, or an explicit token endpoint. */
export type TokenEndpoint = { issuer: string } | { tokenUrl: string };

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
  endpoint: TokenEndpoint;
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

  return {
    profile,
    storedProfile: stored !== undefined,
    baseUrl: normalizedBaseUrl,
    clientId: clientId.value,
    clientSecret: clientSecret.value,
    endpoint: endpoint.value,
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
    return { value: { issuer: normalizeUrl(env.VDX_ISSUER, 'VDX_ISSUER') }, source: 'environment' };
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
