import {
  VdxApiError,
  VdxAuthError,
  VdxError,
  VdxNetworkError,
  VdxTimeoutError,
} from '../errors.js';

/**
 * Returns a copy of an SDK error whose message starts with `prefix`, with the same class and
 * fields, and the original error as `cause`. Other errors are wrapped in a `VdxError`.
 */
export function withStepPrefix(error: unknown, prefix: string): VdxError {
  const options = { cause: error };
  if (!(error instanceof VdxError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new VdxError(`${prefix}${reason}`, options);
  }
  const message = `${prefix}${error.message}`;
  if (error instanceof VdxAuthError) {
    return new VdxAuthError(message, error, options);
  }
  if (error instanceof VdxApiError) {
    return new VdxApiError(message, error, options);
  }
  if (error instanceof VdxNetworkError) {
    return new VdxNetworkError(message, error.url, { ...options, reason: error.reason });
  }
  if (error instanceof VdxTimeoutError) {
    return new VdxTimeoutError(message, error, options);
  }
  return new VdxError(message, options);
}
