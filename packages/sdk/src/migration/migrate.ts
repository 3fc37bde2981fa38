import { createVdxClient } from '../client.js';
import { clientCredentials } from '../client-credentials.js';
import {
  type ResolvedEnvironment,
  resolveEnvironment,
  VDX_ENVIRONMENTS,
  type VdxEnvironmentName,
} from '../environments.js';
import { VdxError } from '../errors.js';
import { describeToken } from '../token-identity.js';
import { describeChecklist } from './checklist.js';
import { type LegacyConfigReport, readLegacyConfig } from './legacy-config.js';
import type { LegacyFinding } from './legacy-findings.js';
import { stepError } from './step-error.js';
import { explainStsCutoff, type StsCutoffExplanation } from './sts-cutoff.js';

/** Options of `migrateFromSts`. */
export interface MigrateFromStsOptions {
  /** The report of `readLegacyConfig`, or the path of the legacy configuration to read. */
  legacy: LegacyConfigReport | string;
  /** The OAuth client id from VDX Management. */
  clientId: string;
  /** The OAuth client secret from VDX Management; it never appears in the result. */
  clientSecret: string;
  /** The OAuth issuer (Keycloak realm URL). Pass this or `environment`, not both. */
  issuer?: string;
  /** A known environment name or a custom `{ baseUrl, issuer }` pair. */
  environment?: VdxEnvironmentName | { baseUrl: string; issuer: string };
  /** The VDX-API base URL; default the environment's, else the one from the legacy file. */
  baseUrl?: string;
  /** Space-separated scopes to request. */
  scope?: string;
  /** The intended audience, sent as the `audience` parameter. */
  audience?: string;
  /** The client authentication method; default `client_secret_basic`. */
  clientAuthentication?: 'client_secret_basic' | 'client_secret_post';
  /** The fetch for every request; default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** The time for the cut-off explanation; default the current time. */
  now?: Date;
}

/** The result of a successful `migrateFromSts`. */
export interface StsMigrationResult {
  /** The OAuth settings to save; the client secret is left out on purpose. */
  profile: { baseUrl: string; issuer: string; clientId: string };
  /** The organisation code, roles and expiry of the new token. */
  token: { organisation: string | undefined; roles: string[]; expiresAt: Date | undefined };
  /** Items to remove once the OAuth configuration runs: certificates, passwords, STS URLs. */
  checklist: string[];
  /** The findings about the legacy configuration. */
  findings: LegacyFinding[];
  /** The state of the STS cut-off at `now`. */
  cutoff: StsCutoffExplanation;
}

/** The read-only call that proves the token works against VDX-API. */
const READ_ONLY_PATH = '/services/v2/organisationtree';

/**
 * Proves that new OAuth credentials work in place of a legacy STS configuration. Step 1 gets a
 * token with the client credentials, and step 2 makes one read-only call, `GET
 * /services/v2/organisationtree`. The result has the profile to save, the organisation and
 * roles of the token, and a checklist of what to remove afterwards.
 *
 * It never deletes or writes anything.
 *
 * @throws {VdxError} before any request when the options are incomplete, such as no issuer or
 *   no base URL, or an environment whose URLs are unconfirmed placeholders. Also in step 2 when
 *   the read-only call returns a body that is not an organisation tree (code, name, children),
 *   because then the base URL does not name a VDX API.
 * @throws {VdxAuthError | VdxNetworkError | VdxTimeoutError | VdxApiError} with the same class
 *   and fields as the SDK's error, and a message that starts with the failed step, such as
 *   "Step 1 of 2 (token request) failed: ...". `failedMigrationStep(error)` returns the step and
 *   the error without the prefix.
 *
 * @example
 * ```ts
 * const result = await migrateFromSts({
 *   legacy: 'appsettings.json',
 *   clientId: process.env.VDX_CLIENT_ID!,
 *   clientSecret: process.env.VDX_CLIENT_SECRET!,
 *   issuer: 'https://auth.vdx.example/realms/vdx',
 * });
 * for (const item of result.checklist) console.log(`- ${item}`);
 * ```
 */
export async function migrateFromSts(options: MigrateFromStsOptions): Promise<StsMigrationResult> {
  const report =
    typeof options.legacy === 'string' ? await readLegacyConfig(options.legacy) : options.legacy;
  const target = resolveTarget(options, report);
  // Both are created before any request, so invalid options fail before step 1.
  const auth = clientCredentials({
    issuer: target.issuer,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    scope: options.scope,
    audience: options.audience,
    clientAuthentication: options.clientAuthentication,
    fetch: options.fetch,
  });
  const client = createVdxClient({ baseUrl: target.baseUrl, auth, fetch: options.fetch });

  try {
    await auth.getAccessToken();
  } catch (error) {
    throw stepError(error, 'token_request', 'Step 1 of 2 (token request) failed: ');
  }
  const readOnlyStep = `Step 2 of 2 (read-only call GET ${READ_ONLY_PATH} at ${target.baseUrl}) failed: `;
  let tree: unknown;
  try {
    tree = await client.organisations.tree();
  } catch (error) {
    throw stepError(error, 'read_only_call', readOnlyStep);
  }
  // Any server that returns 200 would pass the call itself, so the body must be a VDX
  // organisation tree before the base URL is trusted with the token again.
  if (!isOrganisationTree(tree)) {
    const notVdx = new VdxError(
      `the response is not a VDX organisation tree (an object with code, name and children), so ${target.baseUrl} does not look like the base URL of a VDX API. Check the base URL.`,
    );
    throw stepError(notVdx, 'read_only_call', readOnlyStep);
  }

  const info = auth.tokenInfo();
  const identity = describeToken(info?.claims ?? {});
  return {
    profile: { baseUrl: target.baseUrl, issuer: target.issuer, clientId: options.clientId },
    token: {
      organisation: identity.organisation,
      roles: identity.roles,
      expiresAt: info?.expiresAt,
    },
    checklist: describeChecklist(report.config),
    findings: report.findings,
    cutoff: explainStsCutoff({ now: options.now }),
  };
}

/** Tells whether a response body has the shape of the VDX `OrganisationTree`. */
function isOrganisationTree(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.name === 'string' &&
    Array.isArray(candidate.children)
  );
}

function resolveTarget(
  options: MigrateFromStsOptions,
  report: LegacyConfigReport,
): { baseUrl: string; issuer: string } {
  if (options.issuer !== undefined && options.environment !== undefined) {
    throw new VdxError('Pass issuer or environment to migrateFromSts, not both.');
  }
  const environment = resolveTargetEnvironment(options.environment);
  const issuer = options.issuer ?? environment?.issuer;
  if (issuer === undefined) {
    throw new VdxError(
      'migrateFromSts needs the OAuth issuer: pass issuer (the realm URL from VDX Management) or environment.',
    );
  }
  const baseUrl = options.baseUrl ?? environment?.baseUrl ?? report.config.baseUrl;
  if (baseUrl === undefined) {
    throw new VdxError(
      `migrateFromSts needs the VDX-API base URL, and ${report.config.path} names none: pass baseUrl or environment.`,
    );
  }
  return { baseUrl, issuer };
}

function resolveTargetEnvironment(
  environment: MigrateFromStsOptions['environment'],
): ResolvedEnvironment | undefined {
  if (environment === undefined) return undefined;
  const resolved = resolveEnvironment(environment);
  const known = resolved.name === undefined ? undefined : VDX_ENVIRONMENTS[resolved.name];
  if (known !== undefined && !known.confirmed) {
    throw new VdxError(
      `The URLs of the ${known.name} environment are unconfirmed placeholders (${known.baseUrl}). Pass issuer and baseUrl from VDX Management instead.`,
    );
  }
  return resolved;
}
