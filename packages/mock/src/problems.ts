/**
 * Typed errors that handlers throw, and the responses that the VDX API sends for them.
 */
import type { components } from '@vdx/sdk/types';

/** The VDX error object (`Error` in the spec). */
export type ApiErrorBody = components['schemas']['Error'];

/** A `detailed_error_code` of the spec's table. */
export type DetailedErrorCode = ApiErrorBody['detailed_error_code'];

/** An RFC 6749 error code of the token and revocation endpoints. */
export type OAuthErrorCode = components['schemas']['OAuthError']['error'];

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Returns the HTTP reason phrase of a status, or `HTTP <status>` for a rare one. */
export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? `HTTP ${status}`;
}

/** An API failure, sent as the VDX error object. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    readonly status: number,
    readonly code: DetailedErrorCode,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** A token or revocation endpoint failure, sent as an RFC 6749 error body. */
export class OAuthProblem extends Error {
  override readonly name = 'OAuthProblem';

  constructor(
    readonly status: 400 | 401,
    readonly code: OAuthErrorCode,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

/** Builds the VDX error object for a request path. */
export function toErrorBody(problem: ApiProblem, path: string, now: Date): ApiErrorBody {
  return {
    error: reasonPhrase(problem.status),
    path,
    status: problem.status,
    timestamp: now.toISOString(),
    detailed_error: problem.detail,
    detailed_error_code: problem.code,
  };
}

/** Creates a 400 problem with code 1001 for a body field that is missing or invalid. */
export function invalidBody(pointer: string, rule: string): ApiProblem {
  return new ApiProblem(400, 1001, `${pointer}: ${rule}`);
}

/** Creates a 404 problem with code 4001 for a device outside the caller's subtree. */
export function deviceNotFound(deviceId: string): ApiProblem {
  return new ApiProblem(404, 4001, `Device ${deviceId} not found.`);
}

/** Creates a 404 problem with code 4002 for an organisation outside the caller's subtree. */
export function organisationNotFound(code: string): ApiProblem {
  return new ApiProblem(404, 4002, `Organisation ${code} not found.`);
}
