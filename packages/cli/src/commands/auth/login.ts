import { Flags } from '@oclif/core';
import { tokenIdentity } from '../../auth/cached-token-provider.js';
import { identityFromClaims } from '../../auth/claims.js';
import { VdxCommand } from '../../base-command.js';
import {
  defaultIssuer,
  endpointUrl,
  normalizeUrl,
  type TokenEndpoint,
} from '../../config/settings.js';
import type { StoredProfile } from '../../config/store.js';
import { cliError, ExitCode } from '../../errors.js';
import { formatDetails } from '../../output/table.js';
import { canPrompt, promptSecret, promptText } from '../../prompt.js';

/** The output of `vdx auth login --json`. */
export interface LoginResult {
  profile: string;
  baseUrl: string;
  issuer?: string;
  tokenUrl?: string;
  clientId: string;
  organisation: string | null;
  roles: string[];
  expiresAt: string | null;
  configFile: string;
}

export default class AuthLogin extends VdxCommand {
  static override summary = 'Log in with OAuth client credentials and save them as a profile.';

  static override description =
    'Each value comes from its flag, else from its environment variable, else from a prompt on ' +
    'a terminal. The secret prompt does not echo. The command fetches a token to prove the ' +
    'credentials before it saves anything. The profile (base URL, issuer, client id) goes to ' +
    'config.json and the client secret to credentials.json (mode 0600), both in VDX_CONFIG_DIR ' +
    "when set, otherwise in the user's config directory. The secret and the token are never printed.";

  static override examples = [
    {
      description:
        'Log in to a local reference server. The command asks for the secret without echo.',
      command: 'vdx auth login --base-url http://127.0.0.1:8787 --client-id demo-region-admin',
    },
    {
      description: 'Log in from a script, with the secret in the environment.',
      command:
        'VDX_CLIENT_SECRET=demo-region-admin-secret vdx auth login --base-url http://127.0.0.1:8787 --client-id demo-region-admin --profile local',
    },
    {
      description: 'Use an explicit token endpoint instead of OpenID discovery.',
      command:
        'vdx auth login --base-url https://vdx.example --token-url https://sso.example/realms/vdx/protocol/openid-connect/token --client-id my-system',
    },
  ];

  static override flags = {
    'base-url': Flags.string({
      description: 'Base URL of the VDX API, for example http://127.0.0.1:8787.',
      env: 'VDX_BASE_URL',
    }),
    issuer: Flags.string({
      description:
        'OpenID issuer URL, used for discovery. Defaults to VDX_ISSUER when set, ' +
        'otherwise to <base-url>/realms/vdx.',
      exclusive: ['token-url'],
    }),
    'token-url': Flags.string({
      description: 'Token endpoint URL, used instead of OpenID discovery.',
      exclusive: ['issuer'],
    }),
    'client-id': Flags.string({ description: 'OAuth client id.', env: 'VDX_CLIENT_ID' }),
    'client-secret': Flags.string({
      description:
        'OAuth client secret. A flag value is visible in shell history and process lists, ' +
        'so prefer VDX_CLIENT_SECRET or the prompt.',
      env: 'VDX_CLIENT_SECRET',
    }),
  };

  async run(): Promise<LoginResult> {
    const { flags } = await this.parse(AuthLogin);
    const store = await this.store();
    const input = await readLoginInput(flags, store.getProfile(flags.profile));

    const sdk = await import('@vdx/sdk');
    const provider = sdk.clientCredentials({
      ...input.endpoint.value,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
    });
    const accessToken = await provider.getAccessToken();
    const info = provider.tokenInfo();

    store.setProfile(flags.profile, {
      baseUrl: input.baseUrl,
      clientId: input.clientId,
      ...(input.endpoint.explicit ? input.endpoint.value : {}),
    });
    store.setCredentials(flags.profile, {
      clientSecret: input.clientSecret,
      token: info && {
        accessToken,
        expiresAt: info.expiresAt.toISOString(),
        identity: tokenIdentity(
          input.clientId,
          endpointUrl(input.endpoint.value),
          input.clientSecret,
        ),
      },
    });

    const { organisation, roles } = identityFromClaims(info?.claims);
    this.log(`Logged in to ${input.baseUrl} as client ${input.clientId}.`);
    this.log(
      formatDetails([
        ['Organisation', organisation ?? '(not in the token)'],
        ['Roles', roles.join(', ') || '(none)'],
      ]),
    );
    this.log(`Saved profile "${flags.profile}" to ${store.profilesPath}.`);
    this.log(`The client secret is stored in ${store.credentialsPath} (mode 0600).`);

    return {
      profile: flags.profile,
      baseUrl: input.baseUrl,
      ...input.endpoint.value,
      clientId: input.clientId,
      organisation: organisation ?? null,
      roles,
      expiresAt: info?.expiresAt.toISOString() ?? null,
      configFile: store.profilesPath,
    };
  }
}

interface LoginFlags {
  'base-url'?: string;
  issuer?: string;
  'token-url'?: string;
  'client-id'?: string;
  'client-secret'?: string;
}

interface LoginInput {
  baseUrl: string;
  endpoint: { value: TokenEndpoint; explicit: boolean };
  clientId: string;
  clientSecret: string;
}

/** Collects the login values from flags and environment, prompting for the missing ones. */
async function readLoginInput(
  flags: LoginFlags,
  previous: StoredProfile | undefined,
): Promise<LoginInput> {
  const baseUrl = normalizeUrl(
    await valueOrPrompt(flags['base-url'], {
      flag: '--base-url',
      variable: 'VDX_BASE_URL',
      question: 'Base URL of the VDX API',
      defaultValue: previous?.baseUrl,
    }),
    '--base-url',
  );
  const issuer = flags['token-url'] ? undefined : (flags.issuer ?? process.env.VDX_ISSUER);
  const endpoint = chooseEndpoint(baseUrl, issuer, flags['token-url']);
  const clientId = await valueOrPrompt(flags['client-id'], {
    flag: '--client-id',
    variable: 'VDX_CLIENT_ID',
    question: 'Client id',
    defaultValue: previous?.clientId,
  });
  const clientSecret = await secretOrPrompt(flags['client-secret']);
  return { baseUrl, endpoint, clientId, clientSecret };
}

interface PromptOptions {
  flag: string;
  variable: string;
  question: string;
  defaultValue?: string;
}

async function valueOrPrompt(value: string | undefined, options: PromptOptions): Promise<string> {
  if (value) return value;
  if (!canPrompt()) {
    throw cliError(
      `Missing ${options.question.toLowerCase()}: pass ${options.flag} or set ${options.variable}.`,
      ExitCode.Usage,
    );
  }
  const answer = await promptText(options.question, options.defaultValue);
  if (!answer) throw cliError(`Missing ${options.question.toLowerCase()}.`, ExitCode.Usage);
  return answer;
}

async function secretOrPrompt(value: string | undefined): Promise<string> {
  if (value) return value;
  if (!canPrompt()) {
    throw cliError(
      'Missing client secret: pass --client-secret or set VDX_CLIENT_SECRET ' +
        '(on a terminal the command asks for it).',
      ExitCode.Usage,
    );
  }
  const secret = await promptSecret('Client secret');
  if (!secret) throw cliError('Missing client secret.', ExitCode.Usage);
  return secret;
}

/**
 * Chooses the token endpoint. `explicit` is true when the endpoint was given, so that it belongs
 * in the profile.
 */
function chooseEndpoint(
  baseUrl: string,
  issuer: string | undefined,
  tokenUrl: string | undefined,
): { value: TokenEndpoint; explicit: boolean } {
  if (tokenUrl)
    return { value: { tokenUrl: normalizeUrl(tokenUrl, '--token-url') }, explicit: true };
  if (issuer) return { value: { issuer: normalizeUrl(issuer, 'issuer') }, explicit: true };
  return { value: { issuer: defaultIssuer(baseUrl) }, explicit: false };
}
