import type { VdxEnvironment, VdxEnvironmentName } from '@vdx/sdk';
import { checkUrl, defaultIssuer, normalizeUrl, type TokenEndpoint } from '../config/settings.js';
import { cliError, ExitCode } from '../errors.js';

/** The flags that choose where to log in. */
export interface TargetFlags {
  env?: string;
  'base-url'?: string;
  issuer?: string;
  'token-url'?: string;
}

/** Login target: the base URL and token endpoint, and the environment they came from. */
export interface Target {
  environment?: VdxEnvironmentName;
  /** Undefined when neither a flag nor the environment names a base URL. */
  baseUrl?: string;
  /** Undefined when only the default issuer `<base-url>/realms/vdx` applies. */
  endpoint?: TokenEndpoint;
}

const URL_FLAGS = ['base-url', 'issuer', 'token-url'] as const;

/** The names of the SDK's known environments, for flag options without loading the SDK. */
export const ENVIRONMENT_NAMES: readonly VdxEnvironmentName[] = [
  'local',
  'test',
  'stage',
  'production',
];

/**
 * Resolves `--env` or the URL flags into a target.
 *
 * `--env local` may be combined with `--base-url`, `--issuer` or `--token-url`, because the
 * reference server can listen on any port. The other environments set their own URLs, so the URL
 * flags conflict with them.
 *
 * @throws CLIError (exit 2) for an unknown environment, a conflict of `--env` with a URL flag,
 *   an environment whose URLs are unconfirmed placeholders, or an invalid URL.
 */
export async function resolveTarget(flags: TargetFlags): Promise<Target> {
  if (flags.issuer !== undefined && flags['token-url'] !== undefined) {
    throw cliError(
      'Pass --issuer (for OpenID discovery) or --token-url (the token endpoint itself), not both.',
      ExitCode.Usage,
    );
  }
  if (flags.env === undefined) return customTarget(flags);

  const environment = await knownEnvironment(flags.env);
  const conflicting = URL_FLAGS.find((flag) => flags[flag] !== undefined);
  if (environment.name !== 'local' && conflicting !== undefined) {
    throw cliError(
      `--env ${environment.name} sets its own base URL and issuer, so it cannot be combined with --${conflicting}. ` +
        'Pass either --env or the URL flags (--base-url with --issuer or --token-url).',
      ExitCode.Usage,
    );
  }
  if (!environment.confirmed) {
    throw cliError(
      `The URLs of the ${environment.name} environment are not confirmed yet: ${environment.baseUrl} is a placeholder that is never contacted. ` +
        'Pass --base-url and --issuer (or --token-url) from VDX Management instead of --env.',
      ExitCode.Usage,
    );
  }
  if (conflicting === undefined) {
    return {
      environment: environment.name,
      baseUrl: environment.baseUrl,
      endpoint: { issuer: environment.issuer },
    };
  }
  const baseUrl = normalizeUrl(flags['base-url'] ?? environment.baseUrl, '--base-url');
  return {
    environment: environment.name,
    baseUrl,
    endpoint: endpointOf(flags) ?? { issuer: defaultIssuer(baseUrl) },
  };
}

function customTarget(flags: TargetFlags): Target {
  const baseUrl = flags['base-url'];
  return {
    ...(baseUrl === undefined ? {} : { baseUrl: normalizeUrl(baseUrl, '--base-url') }),
    ...(endpointOf(flags) === undefined ? {} : { endpoint: endpointOf(flags) }),
  };
}

function endpointOf(flags: TargetFlags): TokenEndpoint | undefined {
  if (flags['token-url'] !== undefined) {
    return { tokenUrl: normalizeUrl(flags['token-url'], '--token-url') };
  }
  if (flags.issuer !== undefined) return { issuer: checkUrl(flags.issuer, '--issuer') };
  return undefined;
}

async function knownEnvironment(name: string): Promise<VdxEnvironment> {
  const { VDX_ENVIRONMENTS } = await import('@vdx/sdk');
  if (!Object.hasOwn(VDX_ENVIRONMENTS, name)) {
    throw cliError(
      `Unknown environment "${name}" in --env: use one of ${ENVIRONMENT_NAMES.join(', ')}, or pass --base-url and --issuer.`,
      ExitCode.Usage,
    );
  }
  return VDX_ENVIRONMENTS[name as VdxEnvironmentName];
}
