import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { ApiError, OAuthError } from '../errors.js';
import { FailureLimiter } from '../services/failure-limiter.js';

/** Settings of the {@link LoginGuard}. */
export interface LoginGuardOptions {
  /** Failed attempts allowed per login id or client id within the window. */
  failuresPerId: number;
  /** Failed attempts allowed per remote address within the window, over all ids. */
  failuresPerAddress: number;
  windowSeconds: number;
}

/** Errors that {@link LoginGuard} logged already, so the error handler does not log them again. */
const loggedErrors = new WeakSet<object>();

/** Returns whether {@link LoginGuard} logged this error already. */
export function isLoggedLoginFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && loggedErrors.has(error);
}

/** One login attempt: which endpoint, and the id the caller named, if any. */
interface LoginAttempt {
  kind: 'device' | 'client';
  id: string | undefined;
}

/**
 * Limits failed logins on `POST /devices/v1/login` and the token endpoint, and logs each failure
 * with its ids. The secret, password or token of an attempt is never logged.
 */
export class LoginGuard {
  readonly #limiter: FailureLimiter;

  constructor(
    private readonly options: LoginGuardOptions,
    private readonly logger: Logger,
  ) {
    this.#limiter = new FailureLimiter(options.windowSeconds * 1000);
  }

  /**
   * Runs `login` unless the id or the remote address used up its failures, and counts a failure
   * when `login` rejects the credentials.
   *
   * @throws {ApiError} 6001 (device login) or {@link OAuthError} `invalid_request` with status
   *   429 (token endpoint), both with `Retry-After`, while the limit holds.
   */
  async run<T>(c: Context<AppEnv>, attempt: LoginAttempt, login: () => Promise<T>): Promise<T> {
    const address = c.env?.incoming?.socket?.remoteAddress;
    const idKey = attempt.id === undefined ? undefined : `${attempt.kind}:${attempt.id}`;
    const addressKey = address === undefined ? undefined : `address:${address}`;
    this.#requireBelowLimit(c, attempt, idKey, addressKey, address);
    try {
      const result = await login();
      if (idKey !== undefined) this.#limiter.reset(idKey);
      return result;
    } catch (error) {
      const rejected = rejectedCredentials(error);
      if (rejected !== undefined) {
        this.#limiter.recordFailure([idKey, addressKey].filter((key) => key !== undefined));
        this.#logFailure(c, attempt, address, rejected);
        if (typeof error === 'object' && error !== null) loggedErrors.add(error);
      }
      throw error;
    }
  }

  #requireBelowLimit(
    c: Context<AppEnv>,
    attempt: LoginAttempt,
    idKey: string | undefined,
    addressKey: string | undefined,
    address: string | undefined,
  ): void {
    const byId = idKey && this.#limiter.retryAfterSeconds(idKey, this.options.failuresPerId);
    const byAddress =
      addressKey && this.#limiter.retryAfterSeconds(addressKey, this.options.failuresPerAddress);
    const retryAfter = Math.max(byId || 0, byAddress || 0);
    if (retryAfter === 0) return;
    const subject = byId ? `${idLabel(attempt.kind)} ${attempt.id}` : `address ${address}`;
    const limit = byId ? this.options.failuresPerId : this.options.failuresPerAddress;
    const detail = `Too many failed attempts for ${subject}: ${limit} within ${this.options.windowSeconds} s. Retry after ${retryAfter} s.`;
    this.logger.warn(
      {
        requestId: c.get('requestId'),
        remoteAddress: address,
        [idField(attempt.kind)]: attempt.id,
      },
      `login rejected: ${detail}`,
    );
    const headers = { 'Retry-After': String(retryAfter) };
    if (attempt.kind === 'device') throw new ApiError(6001, detail, headers);
    throw new OAuthError('invalid_request', detail, 429, headers);
  }

  #logFailure(
    c: Context<AppEnv>,
    attempt: LoginAttempt,
    address: string | undefined,
    rejected: { code: string | number; reason: string },
  ): void {
    this.logger.warn(
      {
        requestId: c.get('requestId'),
        remoteAddress: address,
        [idField(attempt.kind)]: attempt.id,
        [attempt.kind === 'device' ? 'detailedErrorCode' : 'oauthError']: rejected.code,
        reason: rejected.reason,
      },
      attempt.kind === 'device' ? 'device login failed' : 'client authentication failed',
    );
  }
}

/** Returns the code and reason of an error that rejected the credentials, else undefined. */
function rejectedCredentials(
  error: unknown,
): { code: string | number; reason: string } | undefined {
  if (error instanceof ApiError && error.status === 401) {
    return { code: error.code, reason: error.detail };
  }
  if (error instanceof OAuthError && error.error === 'invalid_client') {
    return { code: error.error, reason: error.description };
  }
  return undefined;
}

function idField(kind: LoginAttempt['kind']): string {
  return kind === 'device' ? 'loginId' : 'clientId';
}

function idLabel(kind: LoginAttempt['kind']): string {
  return kind === 'device' ? 'login id' : 'client';
}
