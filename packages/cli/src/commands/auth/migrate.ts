import { Flags } from '@oclif/core';
import type { LegacyConfigReport, MigrationStep, StsMigrationResult } from '@vdx/sdk/migration';
import { targetFlags, tokenRequestFlags } from '../../auth/flags.js';
import {
  type CertificateSummary,
  describeCutoff,
  describeLegacyConfig,
  requireStsSettings,
  summariseCertificate,
} from '../../auth/legacy-summary.js';
import {
  compareStoredProfile,
  describeReplacement,
  type ProfileReplacement,
  requireReplaceable,
} from '../../auth/profile-conflict.js';
import { resolveTarget } from '../../auth/target.js';
import { VdxCommand } from '../../base-command.js';
import { checkUrl, defaultIssuer, normalizeUrl } from '../../config/settings.js';
import type { ClientAuthMethod, StoredProfile } from '../../config/store.js';
import { cliError, ExitCode } from '../../errors.js';
import { canPrompt, confirm, promptSecret, promptText } from '../../prompt.js';

/** The output of `vdx auth migrate --json`. It never contains the client secret or a token. */
export interface MigrateResult {
  profile: string;
  dryRun: boolean;
  /** Whether the profile was written; false with --dry-run or when declined at the prompt. */
  written: boolean;
  configFile: string;
  legacy: {
    path: string;
    format: string;
    stsEndpoint: string | null;
    certificate: CertificateSummary;
    findings: LegacyConfigReport['findings'];
  };
  cutoff: StsMigrationResult['cutoff'];
  verification: {
    env: string | null;
    baseUrl: string;
    issuer: string;
    clientId: string;
    organisation: string | null;
    roles: string[];
    expiresAt: string | null;
  };
  checklist: string[];
}

const STEP_COUNT = 5;

export default class AuthMigrate extends VdxCommand {
  static operationIds = ['getOpenIdConfiguration', 'requestToken', 'getOrganisationTree'];

  static override summary = 'Move an integration from STS certificates to an OAuth client.';

  static override description =
    'Walks through the switch in five numbered steps: 1. reads the legacy STS configuration ' +
    '(a JSON settings file such as appsettings.json or a Java .properties file) and prints the ' +
    'STS endpoint, the certificate (subject and expiry) and what is obsolete; 2. explains the ' +
    'STS cut-off and names the date it uses; 3. verifies the OAuth client id and secret from ' +
    'VDX Management with a token request and a read-only call (GET /services/v2/organisationtree); ' +
    '4. saves them as a profile, unless --dry-run is given, which changes nothing; a profile of ' +
    'another client id or issuer is only replaced with --force; 5. prints a ' +
    'checklist of what to remove afterwards. The command never deletes anything. On a terminal ' +
    'it asks for missing values and before it saves; without one, pass the values as flags or ' +
    'VDX_CLIENT_ID and VDX_CLIENT_SECRET. No secret or token is printed.';

  static override examples = [
    {
      description: 'Check the new credentials against a legacy file without saving anything.',
      command:
        'vdx auth migrate --from appsettings.json --issuer https://auth.vdx.example/realms/vdx --base-url https://api.vdx.example --client-id my-system --dry-run',
    },
    {
      description:
        'Migrate from a script, with the secret in the environment, and save the profile.',
      command:
        'VDX_CLIENT_SECRET=... vdx auth migrate --from vdx.properties --env local --client-id demo-region-admin --json',
    },
  ];

  static override flags = {
    from: Flags.string({
      description: 'Path of the legacy STS configuration file (.json or .properties).',
      required: true,
    }),
    env: targetFlags.env,
    'base-url': Flags.string({
      description:
        'Base URL of the VDX API. Default: the URL of --env, else VDX_BASE_URL, else the VideoAPI URL of the legacy file.',
    }),
    issuer: targetFlags.issuer,
    ...tokenRequestFlags,
    'client-id': Flags.string({
      description: 'OAuth client id from VDX Management.',
      env: 'VDX_CLIENT_ID',
    }),
    'client-secret': Flags.string({
      description:
        'OAuth client secret from VDX Management. A flag value is visible in shell history and ' +
        'process lists, so prefer VDX_CLIENT_SECRET or the prompt.',
      env: 'VDX_CLIENT_SECRET',
    }),
    'dry-run': Flags.boolean({
      description: 'Read, explain and verify, but write no profile.',
    }),
    force: Flags.boolean({
      description:
        'Replace the profile named by --profile even when it belongs to another client id or issuer.',
    }),
  };

  async run(): Promise<MigrateResult> {
    const { flags } = await this.parse(AuthMigrate);
    const store = await this.store();
    const migration = await import('@vdx/sdk/migration');

    this.#step(1, 'Read the legacy STS configuration');
    const report = await readLegacy(flags.from);
    requireStsSettings(report);
    const certificate = await summariseCertificate(report);
    this.#lines(describeLegacyConfig(report, certificate));

    this.#step(2, 'Check the STS cut-off');
    const cutoff = migration.explainStsCutoff();
    this.#lines(describeCutoff(cutoff));

    this.#step(3, 'Verify the new OAuth credentials');
    const target = await resolveMigrationTarget(flags, report);
    const clientId = await clientIdOrPrompt(flags['client-id']);
    const owner = { clientId, issuer: target.issuer };
    const replacement = compareStoredProfile(store.getProfile(flags.profile), owner);
    if (!flags['dry-run']) requireReplaceable(flags.profile, replacement, owner, flags.force);
    const clientSecret = await secretOrPrompt(flags['client-secret']);
    this.#warnOnForeignApiHost(target);
    const verified = await verify(migration.migrateFromSts, {
      legacy: report,
      clientId,
      clientSecret,
      issuer: target.issuer,
      baseUrl: target.baseUrl,
      ...requestOptions(flags),
    });
    this.#lines(describeVerification(verified, target.baseUrl));

    this.#step(4, 'Save the profile');
    const profile = buildProfile(verified, target.environment, flags);
    const written = await this.#save(flags.profile, flags['dry-run'], replacement, {
      profile,
      clientSecret,
    });

    this.#step(5, 'Remove the STS configuration once the integration runs with OAuth');
    this.#lines(describeChecklist(verified.checklist));

    return {
      profile: flags.profile,
      dryRun: flags['dry-run'],
      written,
      configFile: store.profilesPath,
      legacy: {
        path: report.config.path,
        format: report.config.format,
        stsEndpoint: report.config.stsEndpoint ?? null,
        certificate,
        findings: report.findings,
      },
      cutoff: verified.cutoff,
      verification: {
        env: target.environment ?? null,
        baseUrl: verified.profile.baseUrl,
        issuer: verified.profile.issuer,
        clientId,
        organisation: verified.token.organisation ?? null,
        roles: verified.token.roles,
        expiresAt: verified.token.expiresAt?.toISOString() ?? null,
      },
      checklist: verified.checklist,
    };
  }

  /**
   * Prints a warning line on stderr when the API that receives the new token is on another host
   * than the issuer, as when the legacy file names a VideoAPI URL of another server.
   */
  #warnOnForeignApiHost(target: MigrationTarget): void {
    const apiHost = new URL(target.baseUrl).hostname;
    const issuerHost = new URL(target.issuer).hostname;
    if (apiHost === issuerHost) return;
    process.stderr.write(
      `Warning: the API host ${apiHost} (${target.baseUrl}) differs from the issuer host ${issuerHost}, and the new access token is sent there. ` +
        'Check that this host is your VDX API, or pass --base-url with the right one.\n',
    );
  }

  /** Writes the profile and secret unless this is a dry run or the user declines. */
  async #save(
    name: string,
    dryRun: boolean,
    replacement: ProfileReplacement,
    { profile, clientSecret }: { profile: StoredProfile; clientSecret: string },
  ): Promise<boolean> {
    const store = await this.store();
    if (dryRun) {
      const needsForce = replacement.kind === 'other_client' ? ' with --force' : '';
      this.log(
        `   Dry run: profile "${name}" was not written. Run the command again without --dry-run${needsForce} to save it.`,
      );
      return false;
    }
    const note = describeReplacement(name, replacement);
    if (!this.jsonEnabled() && canPrompt()) {
      const replaces = replacement.kind === 'new' ? '' : ', replacing the stored one';
      if (!(await confirm(`   Save profile "${name}" to ${store.profilesPath}${replaces}?`))) {
        this.log(`   Profile "${name}" was not written.`);
        return false;
      }
    }
    if (note !== undefined) this.log(note);
    store.setProfile(name, profile);
    store.setCredentials(name, { clientSecret });
    this.log(`   Saved profile "${name}" to ${store.profilesPath}.`);
    this.log(`   The client secret is stored in ${store.credentialsPath} (mode 0600).`);
    return true;
  }

  #step(number: number, title: string): void {
    this.log(`${number === 1 ? '' : '\n'}Step ${number} of ${STEP_COUNT}: ${title}`);
  }

  #lines(lines: string[]): void {
    for (const line of lines) this.log(line);
  }
}

interface MigrateFlags {
  env?: string;
  'base-url'?: string;
  issuer?: string;
  'auth-method'?: string;
  scope?: string;
  audience?: string;
}

/**
 * Reads the legacy file. A file that cannot be read or parsed is a usage error with the SDK's
 * message, which names the path.
 */
async function readLegacy(path: string): Promise<LegacyConfigReport> {
  const sdk = await import('@vdx/sdk');
  const migration = await import('@vdx/sdk/migration');
  try {
    return await migration.readLegacyConfig(path);
  } catch (error) {
    if (error instanceof sdk.VdxError) throw cliError(error.message, ExitCode.Usage);
    throw error;
  }
}

interface MigrationTarget {
  environment?: string;
  baseUrl: string;
  issuer: string;
}

/**
 * Chooses the base URL (flag or environment, else VDX_BASE_URL, else the legacy file's) and the
 * issuer (flag or environment, else VDX_ISSUER, else `<base-url>/realms/vdx` for a base URL that
 * was given rather than read from the legacy file).
 */
async function resolveMigrationTarget(
  flags: MigrateFlags,
  report: LegacyConfigReport,
): Promise<MigrationTarget> {
  const target = await resolveTarget(flags);
  const fromEnvironment = process.env.VDX_BASE_URL;
  const givenBaseUrl =
    target.baseUrl ?? (fromEnvironment ? normalizeUrl(fromEnvironment, 'VDX_BASE_URL') : undefined);
  const baseUrl = givenBaseUrl ?? report.config.baseUrl;
  if (baseUrl === undefined) {
    throw cliError(
      `Missing base URL: ${report.config.path} names no VideoAPI URL, so pass --base-url or --env, or set VDX_BASE_URL.`,
      ExitCode.Usage,
    );
  }
  const issuer =
    (target.endpoint !== undefined && 'issuer' in target.endpoint
      ? target.endpoint.issuer
      : undefined) ??
    (process.env.VDX_ISSUER ? checkUrl(process.env.VDX_ISSUER, 'VDX_ISSUER') : undefined) ??
    (givenBaseUrl === undefined ? undefined : defaultIssuer(givenBaseUrl));
  if (issuer === undefined) {
    throw cliError(
      'Missing OAuth issuer: pass --issuer (the realm URL from VDX Management) or --env, or set VDX_ISSUER.',
      ExitCode.Usage,
    );
  }
  return { ...(target.environment ? { environment: target.environment } : {}), baseUrl, issuer };
}

function requestOptions(flags: MigrateFlags) {
  return {
    ...(flags['auth-method'] === undefined
      ? {}
      : { clientAuthentication: flags['auth-method'] as ClientAuthMethod }),
    ...(flags.scope === undefined ? {} : { scope: flags.scope }),
    ...(flags.audience === undefined ? {} : { audience: flags.audience }),
  };
}

/**
 * Runs the SDK's verification. Options that the SDK rejects before any request, such as a
 * plain-http issuer of another host, and a read-only call whose response does not come from VDX
 * become a usage error. Request failures keep their class, so the exit code is 3 for
 * authentication and 6 for an unreachable server or a TLS failure. The SDK's own "Step 1 of 2"
 * prefix is replaced with the name of the request, because the CLI is in its step 3 of 5.
 */
async function verify(
  migrateFromSts: typeof import('@vdx/sdk/migration').migrateFromSts,
  options: Parameters<typeof import('@vdx/sdk/migration').migrateFromSts>[0] & {
    baseUrl: string;
  },
): Promise<StsMigrationResult> {
  const sdk = await import('@vdx/sdk');
  const migration = await import('@vdx/sdk/migration');
  try {
    return await migrateFromSts(options);
  } catch (caught) {
    const failure = migration.failedMigrationStep(caught);
    const error =
      failure === undefined
        ? caught
        : migration.withStepPrefix(
            failure.error,
            describeFailedStep(failure.step, options.baseUrl),
          );
    if (error instanceof sdk.VdxError && error.constructor === sdk.VdxError) {
      throw cliError(error.message, ExitCode.Usage);
    }
    throw error;
  }
}

function describeFailedStep(step: MigrationStep, baseUrl: string): string {
  return step === 'token_request'
    ? 'The token request failed: '
    : `The read-only call GET /services/v2/organisationtree at ${baseUrl} failed: `;
}

function describeVerification(result: StsMigrationResult, baseUrl: string): string[] {
  const { organisation, roles, expiresAt } = result.token;
  return [
    `   Token request at ${result.profile.issuer} succeeded for client ${result.profile.clientId}.`,
    `   Organisation: ${organisation ?? '(not in the token)'}; roles: ${roles.join(', ') || '(none)'}; token expires ${expiresAt?.toISOString() ?? '(unknown)'}.`,
    `   Read-only call GET /services/v2/organisationtree at ${baseUrl} succeeded.`,
  ];
}

function describeChecklist(checklist: string[]): string[] {
  const lines = ['   vdx deletes nothing itself. Remove these by hand:'];
  checklist.forEach((item, index) => {
    lines.push(`   ${index + 1}. ${item}`);
  });
  if (checklist.length === 0) lines.push('   (nothing STS-specific was found in the file)');
  return lines;
}

function buildProfile(
  result: StsMigrationResult,
  environment: string | undefined,
  flags: MigrateFlags,
): StoredProfile {
  return {
    baseUrl: result.profile.baseUrl,
    clientId: result.profile.clientId,
    issuer: result.profile.issuer,
    ...(environment === undefined ? {} : { env: environment }),
    ...(flags['auth-method'] === undefined
      ? {}
      : { authMethod: flags['auth-method'] as ClientAuthMethod }),
    ...(flags.scope === undefined ? {} : { scope: flags.scope }),
    ...(flags.audience === undefined ? {} : { audience: flags.audience }),
  };
}

async function clientIdOrPrompt(value: string | undefined): Promise<string> {
  if (value) return value;
  if (!canPrompt()) {
    throw cliError(
      'Missing client id: pass --client-id or set VDX_CLIENT_ID (the OAuth client id from VDX Management).',
      ExitCode.Usage,
    );
  }
  const answer = await promptText('   OAuth client id from VDX Management');
  if (!answer) throw cliError('Missing client id.', ExitCode.Usage);
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
  const secret = await promptSecret('   OAuth client secret');
  if (!secret) throw cliError('Missing client secret.', ExitCode.Usage);
  return secret;
}
