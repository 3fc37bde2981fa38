import {
  VdxApiError,
  VdxAuthError,
  VdxError,
  VdxNetworkError,
  VdxTimeoutError,
} from '../errors.js';

/** A step of `migrateFromSts`: the token request, then the read-only call. */
export type MigrationStep = 'token_request' | 'read_only_call';

/** The step of `migrateFromSts` that an error comes from, and the error without the prefix. */
export interface MigrationStepFailure {
  step: MigrationStep;
  /** The error as the failed request threw it, before the step prefix was added. */
  error: unknown;
}

const stepFailures = new WeakMap<VdxError, MigrationStepFailure>();

/**
 * Returns the step of `migrateFromSts` that `error` failed in, and the original error, so that a
 * caller such as a CLI can word the step in its own numbering. Other errors return undefined.
 */
export function failedMigrationStep(error: unknown): MigrationStepFailure | undefined {
  return error instanceof VdxError ? stepFailures.get(error) : undefined;
}

/** Returns {@link withStepPrefix} of the error and records the step it failed in. */
export function stepError(error: unknown, step: MigrationStep, prefix: string): VdxError {
  const wrapped = withStepPrefix(error, prefix);
  stepFailures.set(wrapped, { step, error });
  return wrapped;
}

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
