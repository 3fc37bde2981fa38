import type { ApiError } from './types.js';

/** Options shared by every SDK error constructor. */
export interface VdxErrorOptions {
  /** The lower-level error or value that caused this one. */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws, so `catch (e) { if (e instanceof VdxError) ... }`
 * separates VDX failures from programming errors.
 *
 * Invalid options (a malformed `baseUrl`, both `issuer` and `tokenUrl`) also throw a plain
 * `VdxError` when the client or provider is created.
 */
export class VdxError extends Error {
  constructor(message: string, options?: VdxErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}

/** Details of an HTTP error response from the VDX API. */
export interface VdxApiErrorDetails {
  status: number;
  code: number | undefined;
  requestId: string | undefined;
  body: unknown;
  method: string;
  path: string;
}

/**
 * An error response (HTTP 4xx or 5xx) from the VDX API.
 *
 * The message is the server's `detailed_error` followed by the status, the
 * `detailed_error_code` and the request id, for example
 * `Device 42 is not found (HTTP 404, code 4001, request id 9f0c...)`.
 *
 * @example
 * ```ts
 * try {
 *   await client.devices.get(id);
 * } catch (error) {
 *   if (error instanceof VdxApiError && error.status === 404) return undefined;
 *   throw error;
 * }
 * ```
 */
export class VdxApiError extends VdxError {
  /** The HTTP status code. */
  readonly status: number;
  /** The `detailed_error_code` of the VDX error body, or undefined when the body is not one. */
  readonly code: number | undefined;
  /** The `X-Request-Id` response header; quote it in support requests. */
  readonly requestId: string | undefined;
  /** The parsed JSON error body, or the body text when it is not JSON. */
  readonly body: unknown;
  /** The request method, such as `GET`. */
  readonly method: string;
  /** The request path without the query string, such as `/devices/v1/devices/42`. */
  readonly path: string;

  constructor(message: string, details: VdxApiErrorDetails, options?: VdxErrorOptions) {
    super(message, options);
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.body = details.body;
    this.method = details.method;
    this.path = details.path;
  }
}

/**
 * The class of failure of a token request, discovery or device login. Programs branch on these
 * stable values instead of the message.
 *
 * - `invalid_client`, `unauthorized_client`, `invalid_scope`, `invalid_grant`,
 *   `invalid_request`, `unsupported_grant_type`: the RFC 6749 error code of the token endpoint.
 * - `token_url_not_found`: the token URL responded with 404 or 405.
 * - `issuer_not_found`: the issuer has no discovery document.
 * - `issuer_mismatch`: the discovery document names another issuer than the configured one.
 * - `invalid_response`: the server's response is not a valid OAuth response.
 * - `server_error`: the server failed with HTTP 5xx.
 * - `insecure_url`: the server metadata names a plain-http URL that is not allowed.
 * - `device_login_failed`: a device login with login id and password or one-click code failed.
 * - `rejected`: any other error response.
 *
 * A server that cannot be reached gives a `VdxNetworkError` with reason `unreachable` or `tls`
 * instead, and a time limit gives a `VdxTimeoutError`.
 */
export type VdxAuthReason =
  | 'invalid_client'
  | 'unauthorized_client'
  | 'invalid_scope'
  | 'invalid_grant'
  | 'invalid_request'
  | 'unsupported_grant_type'
  | 'token_url_not_found'
  | 'issuer_not_found'
  | 'issuer_mismatch'
  | 'invalid_response'
  | 'server_error'
  | 'insecure_url'
  | 'device_login_failed'
  | 'rejected';

/** Why a request got no HTTP response: `unreachable` (refused, DNS, reset) or `tls`. */
export type VdxNetworkReason = 'unreachable' | 'tls';

/** Details of a failed token request or device login. */
export interface VdxAuthErrorDetails {
  /** The failure class; by default derived from `oauthError`, otherwise `rejected`. */
  reason?: VdxAuthReason | undefined;
  oauthError?: string | undefined;
  status?: number | undefined;
  requestId?: string | undefined;
}

/** RFC 6749 section 5.2 error codes that are also reasons of their own. */
const OAUTH_REASONS: ReadonlySet<string> = new Set<VdxAuthReason>([
  'invalid_client',
  'unauthorized_client',
  'invalid_scope',
  'invalid_grant',
  'invalid_request',
  'unsupported_grant_type',
]);

/**
 * A failed token request, discovery or device login. The message names what to check, such as
 * the client id and secret for `invalid_client`.
 *
 * @example
 * ```ts
 * if (error instanceof VdxAuthError && error.reason === 'invalid_client') askForNewSecret();
 * ```
 */
export class VdxAuthError extends VdxError {
  /** The failure class, such as `invalid_client` or `issuer_mismatch`. */
  readonly reason: VdxAuthReason;
  /** The RFC 6749 `error` code, such as `invalid_client` or `invalid_grant`, when there is one. */
  readonly oauthError: string | undefined;
  /** The HTTP status of the failed response, when there was a response. */
  readonly status: number | undefined;
  /** The `X-Request-Id` response header, when the server sent one. */
  readonly requestId: string | undefined;

  constructor(message: string, details: VdxAuthErrorDetails = {}, options?: VdxErrorOptions) {
    super(message, options);
    this.reason = details.reason ?? reasonOf(details.oauthError);
    this.oauthError = details.oauthError;
    this.status = details.status;
    this.requestId = details.requestId;
  }
}

function reasonOf(oauthError: string | undefined): VdxAuthReason {
  return oauthError !== undefined && OAUTH_REASONS.has(oauthError)
    ? (oauthError as VdxAuthReason)
    : 'rejected';
}

/** A request that got no HTTP response: connection refused, DNS failure or a TLS error. */
export class VdxNetworkError extends VdxError {
  /** The URL that could not be reached. */
  readonly url: string;
  /** `tls` when the TLS handshake or certificate check failed, otherwise `unreachable`. */
  readonly reason: VdxNetworkReason;

  constructor(
    message: string,
    url: string,
    options?: VdxErrorOptions & { reason?: VdxNetworkReason },
  ) {
    super(message, options);
    this.url = url;
    this.reason = options?.reason ?? 'unreachable';
  }
}

/** A request that got no complete response within its time limit. */
export class VdxTimeoutError extends VdxError {
  /** The time limit in milliseconds. */
  readonly timeoutMs: number;
  /** The URL of the request that timed out. */
  readonly url: string;

  constructor(
    message: string,
    details: { timeoutMs: number; url: string },
    options?: VdxErrorOptions,
  ) {
    super(message, options);
    this.timeoutMs = details.timeoutMs;
    this.url = details.url;
  }
}

/**
 * An invalid argument to an SDK method, such as an empty id or one that is a dot segment,
 * raised before any request is sent.
 */
export class VdxArgumentError extends VdxError {}

/** The request that an error response belongs to. */
export interface FailedRequest {
  method: string;
  /** The absolute request URL; an empty string when unknown. */
  url: string;
}

const MAX_TEXT_IN_MESSAGE = 200;

/**
 * Creates the `VdxApiError` for an error response; every SDK helper maps responses through it.
 *
 * `body` is the response body as openapi-fetch parsed it: the JSON value, or the text when the
 * body is not JSON.
 *
 * @example
 * ```ts
 * const { data, error, response } = await client.raw.GET('/services/v2/organisationtree');
 * if (error !== undefined) throw toVdxError(response, error, { method: 'GET', url: response.url });
 * ```
 */
export function toVdxError(response: Response, body: unknown, request: FailedRequest): VdxApiError {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const apiError = isApiErrorBody(body) ? body : undefined;
  const path = pathOf(request.url) ?? apiError?.path ?? '';
  const details: VdxApiErrorDetails = {
    status: response.status,
    code: apiError?.detailed_error_code,
    requestId,
    body,
    method: request.method,
    path,
  };
  const summary =
    apiError?.detailed_error ?? describeNonVdxBody(request.method, path, response, body);
  return new VdxApiError(`${summary} (${describeStatus(details)})`, details);
}

/** Tells whether a value has the shape of the VDX error object. */
export function isApiErrorBody(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.detailed_error === 'string' &&
    typeof candidate.detailed_error_code === 'number'
  );
}

function describeStatus(details: VdxApiErrorDetails): string {
  const parts = [`HTTP ${details.status}`];
  if (details.code !== undefined) parts.push(`code ${details.code}`);
  if (details.requestId !== undefined) parts.push(`request id ${details.requestId}`);
  return parts.join(', ');
}

function describeNonVdxBody(method: string, path: string, response: Response, body: unknown) {
  const target = path === '' ? method : `${method} ${path}`;
  const reason = response.statusText === '' ? '' : ` ${response.statusText}`;
  const base = `${target} failed with HTTP ${response.status}${reason}, and the response is not a VDX error object`;
  const text = typeof body === 'string' ? body.replace(/\s+/g, ' ').trim() : '';
  if (text === '') return base;
  const excerpt =
    text.length > MAX_TEXT_IN_MESSAGE ? `${text.slice(0, MAX_TEXT_IN_MESSAGE)}...` : text;
  return `${base}: ${excerpt}`;
}

function pathOf(url: string): string | undefined {
  if (url === '') return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
