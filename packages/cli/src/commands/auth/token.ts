import { ApiCommand, identityOf } from '../../api-command.js';
import { CachedTokenProvider } from '../../auth/cached-token-provider.js';
import { createTokenSource } from '../../auth/token-source.js';
import { resolveClientSettings } from '../../config/settings.js';

/** The output of `vdx auth token --json`, in the field names of an OAuth token response. */
export interface TokenResult {
  access_token: string;
  /** RFC 3339 time at which the token expires, or null when unknown. */
  expires_at: string | null;
  token_type: 'Bearer';
}

export default class AuthToken extends ApiCommand {
  static operationIds = ['requestToken'];

  static override summary = 'Print a current access token of the profile, for scripts.';

  static override description =
    'Prints only the access token and a line break, so that a script can pass it on, for ' +
    'example in an Authorization header. A cached token is reused until shortly before it ' +
    'expires, otherwise a new one is requested with the profile or VDX_* settings. The token ' +
    'grants what the client may do: keep it out of logs and shell history. This is the only ' +
    'command that prints a token. With --json it prints {access_token, expires_at, token_type}.';

  static override examples = [
    {
      description: 'Call the API with curl.',
      command:
        'curl -H "Authorization: Bearer $(vdx auth token)" http://127.0.0.1:8787/services/v2/organisationtree',
    },
    {
      description: 'Print the token of another profile with its expiry.',
      command: 'vdx auth token --profile stage --json',
    },
  ];

  async run(): Promise<TokenResult> {
    const { flags } = await this.parse(AuthToken);
    const store = await this.store();
    const settings = resolveClientSettings(store, {
      profile: flags.profile,
      baseUrl: flags['base-url'],
    });
    const source = await createTokenSource({
      ...settings.endpoint,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
    });

    let accessToken: string;
    let expiresAt: string | undefined;
    if (store.getCredentials(settings.profile)) {
      const cache = this.tokenCache(store, settings.profile);
      const provider = new CachedTokenProvider(source, cache, identityOf(settings));
      accessToken = await provider.getAccessToken();
      expiresAt = provider.tokenExpiry();
    } else {
      accessToken = await source.getAccessToken();
      expiresAt = source.tokenInfo()?.expiresAt.toISOString();
    }

    this.log(accessToken);
    return { access_token: accessToken, expires_at: expiresAt ?? null, token_type: 'Bearer' };
  }
}
