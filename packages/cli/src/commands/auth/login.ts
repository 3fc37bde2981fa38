import { createInterface } from 'node:readline';
import { Flags } from '@oclif/core';
import { tokenIdentity } from '../../auth/cached-token-provider.js';
import { targetFlags, tokenRequestFlags } from '../../auth/flags.js';
import { resolveTarget, type Target } from '../../auth/target.js';
import { createTokenSource } from '../../auth/token-source.js';
import { VdxCommand } from '../../base-command.js';
import {
  checkUrl,
  defaultIssuer,
  endpointUrl,
  normalizeUrl,
  type TokenEndpoint,
  type TokenRequestOptions,
  tokenRequestOptions,
} from '../../config/settings.js';
import type { ClientAuthMethod, StoredProfile } from '../../config/store.js';
import { cliError, ExitCode } from '../../errors.js';
import { formatDetails } from '../../output/table.js';
import { canPrompt, promptSecret, promptText } from '../../prompt.js';

/** The output of `vdx auth login --json`. */
export interface LoginResult {
  profile: string;
  env: string | null;
  baseUrl: string;
  issuer?: string;
  tokenUrl?: string;
  clientId: string;
  authMethod: ClientAuthMethod;
  scope: string | null;
  audience: string | null;
  organisation: string | null;
  roles: string[];
  expiresAt: string | null;
  configFile: string;
}

export default class AuthLogin extends VdxCommand {
  static operationIds = ['getOpenIdConfiguration', 'requestToken'];

  static override summary = 'Log in with OAuth client credentials and save them as a profile.';

  static override description =
    'Each value comes from its flag, else from its environment variable, else from a prompt on ' +
    'a terminal. The secret prompt does not echo. The command fetches a token to prove the ' +
    'credentials before it saves anything. The profile (environment, base URL, issuer or token ' +
    'URL, client id, authentication method, scope, audience) goes to config.json and the client ' +
    'secret to credentials.json (mode 0600), both in VDX_CONFIG_DIR when set, otherwise in the ' +
    "user's config directory. Every command then requests tokens with these settings. The " +
    'secret and the token are never printed. Exits with 3 when the realm rejects the ' +
    'credentials and 6 when the server cannot be reached or its TLS certificate is rejected.';

  static override examples = [
    {
      description: 'Log in to the reference server at its default address, asking for the secret.',
      command: 'vdx auth login --env local --client-id demo-region-admin',
    },
    {
      description: 'Log in to a reference server on another port.',
      command:
        'vdx auth login --env local --base-url http://127.0.0.1:9000 --client-id demo-region-admin',
    },
    {
      description: 'Log in from a script, with the secret in the environment.',
      command:
        'VDX_CLIENT_SECRET=demo-region-admin-secret vdx auth login --base-url http://127.0.0.1:8787 --client-id demo-region-admin --profile local',
    },
    {
      description: 'Log in from a script, reading the secret from the first line of stdin.',
      command:
        'printf "%s\\n" "$VDX_SECRET" | vdx auth login --env local --client-id demo-region-admin --client-secret-stdin',
    },
    {
      description: 'Use an explicit token endpoint and send the secret in the form body.',
      command:
        'vdx auth login --base-url https://vdx.example --token-url https://sso.example/realms/vdx/protocol/openid-connect/token --auth-method client_secret_post --client-id my-system',
    },
  ];

  static override flags = {
    ...targetFlags,
    ...tokenRequestFlags,
    'client-id': Flags.string({ description: 'OAuth client id.', env: 'VDX_CLIENT_ID' }),
    'client-secret': Flags.string({
      description:
        'OAuth client secret. A flag value is visible in shell history and process lists, ' +
        'so prefer --client-secret-stdin, VDX_CLIENT_SECRET or the prompt.',
      env: 'VDX_CLIENT_SECRET',
    }),
    'client-secret-stdin': Flags.boolean({
      description:
        'Read the client secret from the first line of stdin; it takes precedence over ' +
        'VDX_CLIENT_SECRET. On a terminal the command asks for it without echo.',
      default: false,
    }),
  };

  async run(): Promise<LoginResult> {
    const { flags, raw } = await this.parse(AuthLogin);
    const secretFlagGiven = raw.some(
      (token) => token.type === 'flag' && token.flag === 'client-secret',
    );
    if (flags['client-secret-stdin'] && secretFlagGiven) {
      throw cliError(
        'Pass either --client-secret or --client-secret-stdin, not both.',
        ExitCode.Usage,
      );
    }
    const store = await this.store();
    const target = await resolveTarget(flags);
    const previous = store.getProfile(flags.profile);
    const input = await readLoginInput(flags, target, previous);
    const requestOptions = readRequestOptions(flags);

    const provider = await createTokenSource({
      ...input.endpoint.value,
      ...requestOptions,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
    });
    const accessToken = await provider.getAccessToken();
    const info = provider.tokenInfo();

    store.setProfile(flags.profile, buildProfile(input, target, requestOptions));
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

    const sdk = await import('@vdx/sdk');
    const { organisation, roles } = sdk.describeToken(info?.claims ?? {});
    this.log(`Logged in to ${input.baseUrl} as client ${input.clientId}.`);
    this.log(
      formatDetails([
        ['Environment', target.environment],
        ['Organisation', organisation ?? '(not in the token)'],
        ['Roles', roles.join(', ') || '(none)'],
      ]),
    );
    this.log(`Saved profile "${flags.profile}" to ${store.profilesPath}.`);
    this.log(`The client secret is stored in ${store.credentialsPath} (mode 0600).`);

    return {
      profile: flags.profile,
      env: target.environment ?? null,
      baseUrl: input.baseUrl,
      ...input.endpoint.value,
      clientId: input.clientId,
      authMethod: requestOptions.clientAuthentication ?? 'client_secret_basic',
      scope: requestOptions.scope ?? null,
      audience: requestOptions.audience ?? null,
      organisation: organisation ?? null,
      roles,
      expiresAt: info?.expiresAt.toISOString() ?? null,
      configFile: store.profilesPath,
    };
  }
}

interface LoginFlags {
  issuer?: string;
  'token-url'?: string;
  'client-id'?: string;
  'client-secret'?: string;
  'client-secret-stdin'?: boolean;
  'auth-method'?: string;
  scope?: string;
  audience?: string;
}

interface LoginInput {
  baseUrl: string;
  endpoint: { value: TokenEndpoint; explicit: boolean };
  clientId: string;
  clientSecret: string;
}

/** Collects the login values from the target, flags and environment, prompting for the rest. */
async function readLoginInput(
  flags: LoginFlags,
  target: Target,
  previous: StoredProfile | undefined,
): Promise<LoginInput> {
  const baseUrl = target.baseUrl ?? (await baseUrlFromEnvironmentOrPrompt(previous));
  const endpoint = chooseEndpoint(baseUrl, target, flags);
  const clientId = await valueOrPrompt(flags['client-id'], {
    flag: '--client-id',
    variable: 'VDX_CLIENT_ID',
    question: 'Client id',
    defaultValue: previous?.clientId,
  });
  const clientSecret = flags['client-secret-stdin']
    ? await readSecretFromStdin()
    : await secretOrPrompt(flags['client-secret']);
  return { baseUrl, endpoint, clientId, clientSecret };
}

async function baseUrlFromEnvironmentOrPrompt(previous: StoredProfile | undefined) {
  const fromEnvironment = process.env.VDX_BASE_URL;
  if (fromEnvironment) return normalizeUrl(fromEnvironment, 'VDX_BASE_URL');
  const answer = await valueOrPrompt(undefined, {
    flag: '--env or --base-url',
    variable: 'VDX_BASE_URL',
    question: 'Base URL of the VDX API',
    defaultValue: previous?.baseUrl,
  });
  return normalizeUrl(answer, 'base URL');
}

/** Returns the token request options of the flags; unset flags stay out of the profile. */
function readRequestOptions(flags: LoginFlags): TokenRequestOptions {
  return tokenRequestOptions({
    baseUrl: '',
    clientId: '',
    ...(flags['auth-method'] === undefined
      ? {}
      : { authMethod: flags['auth-method'] as ClientAuthMethod }),
    ...(flags.scope === undefined ? {} : { scope: flags.scope }),
    ...(flags.audience === undefined ? {} : { audience: flags.audience }),
  });
}

function buildProfile(
  input: LoginInput,
  target: Target,
  options: TokenRequestOptions,
): StoredProfile {
  return {
    baseUrl: input.baseUrl,
    clientId: input.clientId,
    ...(input.endpoint.explicit ? input.endpoint.value : {}),
    ...(target.environment === undefined ? {} : { env: target.environment }),
    ...(options.clientAuthentication === undefined
      ? {}
      : { authMethod: options.clientAuthentication }),
    ...(options.scope === undefined ? {} : { scope: options.scope }),
    ...(options.audience === undefined ? {} : { audience: options.audience }),
  };
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
      'Missing client secret: without a terminal the command cannot ask for it, so pipe it ' +
        'on one line with --client-secret-stdin, set VDX_CLIENT_SECRET, or pass --client-secret.',
      ExitCode.Usage,
    );
  }
  const secret = await promptSecret('Client secret');
  if (!secret) throw cliError('Missing client secret.', ExitCode.Usage);
  return secret;
}

/**
 * Reads the client secret for `--client-secret-stdin`: the first line of stdin without its line
 * ending, or the prompt without echo when stdin is a terminal.
 *
 * @throws CLIError (exit 2) when stdin is empty or its first line is.
 */
async function readSecretFromStdin(): Promise<string> {
  if (process.stdin.isTTY) return secretOrPrompt(undefined);
  const secret = await readFirstLine(process.stdin);
  // The command reads nothing more, and an open pipe would keep the process from exiting.
  process.stdin.destroy();
  if (!secret) {
    throw cliError(
      'Missing client secret: --client-secret-stdin found no secret on the first line of stdin. ' +
        'Pipe it in, for example: printf "%s\\n" "$SECRET" | vdx auth login --client-secret-stdin ...',
      ExitCode.Usage,
    );
  }
  return secret;
}

/** Resolves with the first line of a stream, or '' when the stream ends without data. */
function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    let first: string | undefined;
    lines.once('line', (line) => {
      first = line;
      lines.close();
    });
    lines.once('close', () => resolve(first ?? ''));
    input.once('error', reject);
  });
}

/**
 * Chooses the token endpoint: the target's, else VDX_ISSUER, else the default issuer of the
 * base URL. `explicit` is true when the endpoint was given, so that it belongs in the profile.
 */
function chooseEndpoint(
  baseUrl: string,
  target: Target,
  flags: LoginFlags,
): { value: TokenEndpoint; explicit: boolean } {
  if (target.endpoint !== undefined) return { value: target.endpoint, explicit: true };
  const issuer = flags['token-url'] ? undefined : process.env.VDX_ISSUER;
  if (issuer) return { value: { issuer: checkUrl(issuer, 'VDX_ISSUER') }, explicit: true };
  return { value: { issuer: defaultIssuer(baseUrl) }, explicit: false };
}
