import createClient, { type Client } from 'openapi-fetch';
import { createAuthorizedFetch, isTokenProvider } from './authorized-fetch.js';
import { parseBaseUrl, withoutTrailingSlash } from './base-url.js';
import { VdxError } from './errors.js';
import type { VdxLogger } from './logger.js';
import { type AppointmentsApi, createAppointmentsApi } from './resources/appointments.js';
import { createDevicesApi, type DevicesApi } from './resources/devices.js';
import { createDirectoryApi, type DirectoryApi } from './resources/directory.js';
import { createMeetingsApi, type MeetingsApi } from './resources/meetings.js';
import { createOrganisationsApi, type OrganisationsApi } from './resources/organisations.js';
import { createQueuesApi, type QueuesApi } from './resources/queues.js';
import { createWebhooksApi, type WebhooksApi } from './resources/webhooks.js';
import type { StaticAccessToken, TokenProvider } from './token-provider.js';
import type { paths } from './types.js';

/** Options of `createVdxClient`. */
export interface VdxClientOptions {
  /** The API's base URL, such as `http://127.0.0.1:8787`; a trailing slash is optional. */
  baseUrl: string;
  /** A token provider such as `clientCredentials(...)`, or a fixed `{ accessToken }`. */
  auth?: TokenProvider | StaticAccessToken;
  /** The fetch to send requests with; default `globalThis.fetch`, looked up on every call. */
  fetch?: typeof fetch;
  /** The time limit of each request attempt in milliseconds, body included; default 30 000. */
  timeoutMs?: number;
  /** Receives request and response events; it never receives headers, tokens or secrets. */
  logger?: VdxLogger;
  /** The `User-Agent` header to send. Browsers may ignore it. */
  userAgent?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** A typed client of the VDX API. */
export interface VdxClient {
  /**
   * The typed openapi-fetch client with auth, request ids and the time limit applied. It
   * returns `{ data, error, response }` instead of throwing for error statuses.
   */
  raw: Client<paths>;
  devices: DevicesApi;
  queues: QueuesApi;
  organisations: OrganisationsApi;
  meetings: MeetingsApi;
  appointments: AppointmentsApi;
  directory: DirectoryApi;
  webhooks: WebhooksApi;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Creates a client of the VDX API.
 *
 * Each request gets an `X-Request-Id` (unless the caller set one), the bearer token from
 * `auth`, and a time limit. After a 401, the client renews the token once through the provider
 * and resends the request once.
 *
 * @throws {VdxError} when an option is invalid, such as a `baseUrl` that is not an http or
 *   https URL.
 *
 * @example
 * ```ts
 * const client = createVdxClient({
 *   baseUrl: 'http://127.0.0.1:8787',
 *   auth: clientCredentials({
 *     issuer: 'http://127.0.0.1:8787/realms/vdx',
 *     clientId: 'demo-region-admin',
 *     clientSecret: 'demo-region-admin-secret',
 *   }),
 * });
 * const page = await client.devices.list({ organisationCode: 'hospital-demo' });
 * ```
 */
export function createVdxClient(options: VdxClientOptions): VdxClient {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new VdxError(`timeoutMs must be a positive number of milliseconds; got ${timeoutMs}.`);
  }
  checkAuth(options.auth);

  const fetchImpl = options.fetch;
  const authorizedFetch = createAuthorizedFetch({
    fetch: fetchImpl ?? ((input) => globalThis.fetch(input)),
    timeoutMs,
    logger: options.logger,
    auth: options.auth,
    basePath: baseUrl.pathname.replace(/\/+$/, ''),
  });
  const headers: Record<string, string> = { ...options.headers };
  if (options.userAgent !== undefined) headers['user-agent'] = options.userAgent;

  const raw = createClient<paths>({
    baseUrl: withoutTrailingSlash(baseUrl),
    fetch: authorizedFetch,
    headers,
  });
  return {
    raw,
    devices: createDevicesApi(raw),
    queues: createQueuesApi(raw),
    organisations: createOrganisationsApi(raw),
    meetings: createMeetingsApi(raw),
    appointments: createAppointmentsApi(raw),
    directory: createDirectoryApi(raw),
    webhooks: createWebhooksApi(raw),
  };
}

function checkAuth(auth: VdxClientOptions['auth']): void {
  if (auth === undefined || isTokenProvider(auth)) return;
  if (typeof auth.accessToken !== 'string' || auth.accessToken === '') {
    throw new VdxError(
      'auth must be a token provider (an object with getAccessToken()) or { accessToken: string } with a non-empty token.',
    );
  }
}
