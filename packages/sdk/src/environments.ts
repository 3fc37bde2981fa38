import { parseBaseUrl, withoutTrailingSlash } from './base-url.js';

/** The names of the known VDX environments. */
export type VdxEnvironmentName = 'local' | 'test' | 'stage' | 'production';

/** A known VDX environment: where its API and its realm are. */
export interface VdxEnvironment {
  name: VdxEnvironmentName;
  /** The base URL of VDX-API, without a trailing slash. */
  baseUrl: string;
  /** The OAuth issuer (Keycloak realm URL) for discovery. */
  issuer: string;
  /**
   * False while the URLs are placeholders under the reserved `.invalid` domain, which never
   * resolves. Pass the URLs from VDX Management as `{ baseUrl, issuer }` instead.
   */
  confirmed: boolean;
}

/** The URLs of a VDX environment; `name` is set for a known environment. */
export interface ResolvedEnvironment {
  name?: VdxEnvironmentName;
  baseUrl: string;
  issuer: string;
}

/**
 * The known VDX environments. `local` is the reference server (`vdx-server`) with its default
 * port and realm.
 *
 * NOTE: MedCom's public material names no hosts for the test, stage and production
 * environments, so their URLs are placeholders under `.invalid` (`confirmed: false`). They
 * must be confirmed with MedCom before use; until then pass `{ baseUrl, issuer }`.
 */
export const VDX_ENVIRONMENTS: Readonly<Record<VdxEnvironmentName, VdxEnvironment>> = {
  local: {
    name: 'local',
    baseUrl: 'http://127.0.0.1:8787',
    issuer: 'http://127.0.0.1:8787/realms/vdx',
    confirmed: true,
  },
  test: placeholder('test'),
  stage: placeholder('stage'),
  production: placeholder('production'),
};

function placeholder(name: VdxEnvironmentName): VdxEnvironment {
  const baseUrl = `https://vdx-${name}.placeholder.invalid`;
  return { name, baseUrl, issuer: `${baseUrl}/realms/vdx`, confirmed: false };
}

/**
 * Resolves an environment name, or checks a custom `{ baseUrl, issuer }` pair.
 *
 * A custom base URL loses its trailing slash; the issuer is kept exactly as given, because
 * discovery compares it character for character.
 *
 * @throws {TypeError} for an unknown name (the message lists the known names) or a custom URL
 *   that is not an absolute http or https URL.
 *
 * @example
 * ```ts
 * const { baseUrl, issuer } = resolveEnvironment('local');
 * ```
 */
export function resolveEnvironment(
  nameOrUrls: VdxEnvironmentName | string | { baseUrl: string; issuer: string },
): ResolvedEnvironment {
  if (typeof nameOrUrls === 'string') return knownEnvironment(nameOrUrls);
  if (typeof nameOrUrls !== 'object' || nameOrUrls === null) {
    throw new TypeError(
      `environment must be a name (${knownNames()}) or { baseUrl, issuer }; got ${String(nameOrUrls)}.`,
    );
  }
  const baseUrl = withoutTrailingSlash(checkUrl(nameOrUrls.baseUrl, 'baseUrl'));
  checkUrl(nameOrUrls.issuer, 'issuer');
  return { baseUrl, issuer: nameOrUrls.issuer };
}

function knownEnvironment(name: string): ResolvedEnvironment {
  const environment = Object.hasOwn(VDX_ENVIRONMENTS, name)
    ? VDX_ENVIRONMENTS[name as VdxEnvironmentName]
    : undefined;
  if (environment === undefined) {
    throw new TypeError(
      `Unknown VDX environment "${name}". Use one of ${knownNames()}, or pass { baseUrl, issuer }.`,
    );
  }
  return { name: environment.name, baseUrl: environment.baseUrl, issuer: environment.issuer };
}

function checkUrl(value: unknown, name: string): URL {
  try {
    return parseBaseUrl(value, name);
  } catch (error) {
    throw new TypeError((error as Error).message);
  }
}

function knownNames(): string {
  return Object.keys(VDX_ENVIRONMENTS).join(', ');
}
