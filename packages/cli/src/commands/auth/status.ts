import { ApiCommand, identityOf } from '../../api-command.js';
import { identityFromClaims } from '../../auth/claims.js';
import { resolveClientSettings, type SettingSource } from '../../config/settings.js';
import { formatDetails } from '../../output/table.js';

/** The output of `vdx auth status --json`. */
export interface StatusResult {
  profile: string;
  storedProfile: boolean;
  configFile: string;
  baseUrl: string;
  issuer?: string;
  tokenUrl?: string;
  clientId: string;
  organisation: string | null;
  roles: string[];
  expiresAt: string | null;
}

export default class AuthStatus extends ApiCommand {
  static override summary = 'Show the profile in use and check its credentials with a new token.';

  static override description =
    'Prints the profile, base URL, issuer and client id, then fetches a new token and prints ' +
    'the organisation, roles and expiry from its claims. Values from VDX_* environment ' +
    'variables are marked. Exits with 3 when not logged in or when the token request fails.';

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

    const sdk = await import('@vdx/sdk');
    const provider = sdk.clientCredentials({
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

    const { organisation, roles } = identityFromClaims(info?.claims);
    const expiresAt = info?.expiresAt.toISOString() ?? null;
    const endpointLabel = 'issuer' in settings.endpoint ? 'Issuer' : 'Token URL';
    const endpointValue =
      'issuer' in settings.endpoint ? settings.endpoint.issuer : settings.endpoint.tokenUrl;

    this.log(
      formatDetails([
        ['Profile', profileText(settings.profile, settings.storedProfile, store.profilesPath)],
        ['Base URL', withSource(settings.baseUrl, settings.sources.baseUrl, 'VDX_BASE_URL')],
        [endpointLabel, withSource(endpointValue, settings.sources.tokenEndpoint, 'VDX_ISSUER')],
        ['Client id', withSource(settings.clientId, settings.sources.clientId, 'VDX_CLIENT_ID')],
        ['Client secret', withSource('stored', settings.sources.clientSecret, 'VDX_CLIENT_SECRET')],
        ['Organisation', organisation ?? '(not in the token)'],
        ['Roles', roles.join(', ') || '(none)'],
        ['Token expires', expiresAt ?? '(unknown)'],
      ]),
    );

    return {
      profile: settings.profile,
      storedProfile: settings.storedProfile,
      configFile: store.profilesPath,
      baseUrl: settings.baseUrl,
      ...settings.endpoint,
      clientId: settings.clientId,
      organisation: organisation ?? null,
      roles,
      expiresAt,
    };
  }
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
