import { ApiCommand, identityOf } from '../../api-command.js';
import { describeExpiry } from '../../auth/expiry.js';
import { createTokenSource } from '../../auth/token-source.js';
import { resolveClientSettings, type SettingSource } from '../../config/settings.js';
import type { ClientAuthMethod } from '../../config/store.js';
import { formatDetails } from '../../output/table.js';

/** The output of `vdx auth status --json`. It never contains the token or the secret. */
export interface StatusResult {
  profile: string;
  storedProfile: boolean;
  configFile: string;
  env: string | null;
  baseUrl: string;
  issuer?: string;
  tokenUrl?: string;
  authMethod: ClientAuthMethod;
  scope: string | null;
  audience: string | null;
  clientId: string;
  organisation: string | null;
  email: string | null;
  roles: string[];
  expiresAt: string | null;
  /** Whether the token response contained a refresh token. */
  refreshToken: boolean;
}

export default class AuthStatus extends ApiCommand {
  static operationIds = ['getOpenIdConfiguration', 'requestToken'];

  static override summary = 'Show who the profile acts as, checked with a new token.';

  static override description =
    'Prints the profile, environment, base URL, issuer and client id, then fetches a new token ' +
    'and prints who it is for: the client id, organisation, e-mail and roles from its claims, ' +
    'its expiry (as a time and in minutes from now), and whether the realm issued a refresh ' +
    'token. Values from VDX_* environment variables are marked. The token itself is never ' +
    'printed; use `vdx auth token` for that. Exits with 3 when not logged in or when the token ' +
    'request fails, and 6 when the server cannot be reached.';

  static override examples = [
    { description: 'Check the default profile.', command: 'vdx auth status' },
    {
      description: 'Check another profile, as JSON.',
      command: 'vdx auth status --profile stage --json',
    },
  ];

  async run(): Promise<StatusResult> {
    const { flags } = await this.parse(AuthStatus);
    const store = await this.store();
    const settings = resolveClientSettings(store, {
      profile: flags.profile,
      baseUrl: flags['base-url'],
    });

    const provider = await createTokenSource({
      ...settings.endpoint,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
    });
    const accessToken = await provider.getAccessToken({ forceRefresh: true });
    const info = provider.tokenInfo();
    if (info && store.getCredentials(settings.profile)) {
      this.tokenCache(store, settings.profile).write({
        accessToken,
        expiresAt: info.expiresAt.toISOString(),
        identity: identityOf(settings),
      });
    }

    const sdk = await import('@vdx/sdk');
    const identity = sdk.describeToken(info?.claims ?? {});
    const { endpoint } = settings;
    const result: StatusResult = {
      profile: settings.profile,
      storedProfile: settings.storedProfile,
      configFile: store.profilesPath,
      env: settings.environment ?? null,
      baseUrl: settings.baseUrl,
      ...('issuer' in endpoint ? { issuer: endpoint.issuer } : { tokenUrl: endpoint.tokenUrl }),
      authMethod: endpoint.clientAuthentication ?? 'client_secret_basic',
      scope: endpoint.scope ?? null,
      audience: endpoint.audience ?? null,
      clientId: identity.clientId ?? settings.clientId,
      organisation: identity.organisation ?? null,
      email: identity.email ?? null,
      roles: identity.roles,
      expiresAt: info?.expiresAt.toISOString() ?? null,
      refreshToken: info?.hasRefreshToken ?? false,
    };
    this.log(formatStatus(result, settings.sources, store.profilesPath));
    return result;
  }
}

function formatStatus(
  result: StatusResult,
  sources: Record<'baseUrl' | 'clientId' | 'clientSecret' | 'tokenEndpoint', SettingSource>,
  profilesPath: string,
): string {
  const endpointLabel = result.issuer === undefined ? 'Token URL' : 'Issuer';
  const endpointValue = result.issuer ?? result.tokenUrl ?? '';
  return formatDetails([
    ['Profile', profileText(result.profile, result.storedProfile, profilesPath)],
    ['Environment', result.env ?? undefined],
    ['Base URL', withSource(result.baseUrl, sources.baseUrl, 'VDX_BASE_URL')],
    [endpointLabel, withSource(endpointValue, sources.tokenEndpoint, 'VDX_ISSUER')],
    ['Auth method', result.authMethod],
    ['Scope', result.scope ?? undefined],
    ['Audience', result.audience ?? undefined],
    ['Client id', withSource(result.clientId, sources.clientId, 'VDX_CLIENT_ID')],
    ['Client secret', withSource('stored', sources.clientSecret, 'VDX_CLIENT_SECRET')],
    ['Organisation', result.organisation ?? '(not in the token)'],
    ['E-mail', result.email ?? '(not in the token)'],
    ['Roles', result.roles.join(', ') || '(none)'],
    ['Token expires', expiryText(result.expiresAt)],
    ['Refresh token', result.refreshToken ? 'issued' : 'not issued'],
  ]);
}

function expiryText(expiresAt: string | null): string {
  if (expiresAt === null) return '(unknown)';
  return `${expiresAt} (${describeExpiry(new Date(expiresAt))})`;
}

function profileText(profile: string, stored: boolean, path: string): string {
  return stored ? `${profile} (${path})` : `${profile} (not stored, settings from the environment)`;
}

function withSource(value: string, source: SettingSource, variable: string): string {
  if (source === 'environment') return `${value} (from ${variable})`;
  if (source === 'flag') return `${value} (from the flag)`;
  if (source === 'default') return `${value} (default)`;
  return value;
}
