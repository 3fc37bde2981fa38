import type { ApiError as ApiErrorBody, OAuthErrorBody } from '@vdx/sdk/types';

/** A `detailed_error_code` of the VDX error object, as listed under `Error` in the spec. */
export type DetailedErrorCode = ApiErrorBody['detailed_error_code'];

/** An RFC 6749 error code of the token and revocation endpoints. */
export type OAuthErrorCode = OAuthErrorBody['error'];

/**
 * Statuses of the codes that break the spec's grouping of codes by cause. Every other code takes
 * its group's status from {@link STATUS_BY_GROUP}.
 */
const STATUS_EXCEPTIONS: Partial<Record<DetailedErrorCode, number>> = {
  1005: 415,
  1008: 413,
  3003: 400,
  4004: 400,
  4005: 405,
};

/** Status of each group of codes, keyed by the code's thousands digit. */
const STATUS_BY_GROUP: Record<number, number> = {
  1: 400,
  2: 401,
  3: 403,
  4: 404,
  5: 409,
  6: 429,
  7: 410,
  9: 500,
};

/** Returns the HTTP status that the spec's `Error` table pairs with `code`. */
export function statusOfCode(code: DetailedErrorCode): number {
  return STATUS_EXCEPTIONS[code] ?? STATUS_BY_GROUP[Math.floor(code / 1000)] ?? 500;
}

/**
 * An error that the error handler turns into the VDX error object.
 *
 * `status` defaults to the one the spec pairs with `code`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;

  constructor(
    readonly code: DetailedErrorCode,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
    status?: number,
  ) {
    super(detail);
    this.status = status ?? statusOfCode(code);
  }
}

/** Returns the 404 error for a device that does not exist or lies outside the caller's subtree. */
export function deviceNotFound(deviceId: string): ApiError {
  return new ApiError(4001, `Device ${deviceId} not found.`);
}

/** Returns the 404 error for an organisation that is unknown or outside the caller's subtree. */
export function organisationNotFound(code: string): ApiError {
  return new ApiError(4002, `Organisation ${code} not found.`);
}

/** An RFC 6749 error of the realm's token or revocation endpoint. */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';

  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status: 400 | 401 | 429 = error === 'invalid_client' ? 401 : 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

/** A server option or command-line value that cannot be used; the message names the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
