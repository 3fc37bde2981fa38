/**
 * Responses for problems, scheduled failures and successful results.
 */
import { delay, HttpResponse } from 'msw';
import type { ScheduledFailure } from './failures.js';
import { ApiProblem, type OAuthErrorCode, OAuthProblem, toErrorBody } from './problems.js';
import type { OperationId } from './spec.js';

/** The headers that every response of the mock carries, such as `X-Request-Id`. */
export type CommonHeaders = Record<string, string>;

/** Builds the response to an `ApiProblem` (VDX error object) or `OAuthProblem` (RFC 6749 body). */
export function problemResponse(
  problem: ApiProblem | OAuthProblem,
  path: string,
  now: Date,
  headers: CommonHeaders,
): Response {
  if (problem instanceof OAuthProblem) {
    const body = { error: problem.code, error_description: problem.description };
    return HttpResponse.json(body, {
      status: problem.status,
      headers: { ...headers, ...problem.headers, 'Cache-Control': 'no-store' },
    });
  }
  return HttpResponse.json(toErrorBody(problem, path, now), {
    status: problem.status,
    headers: { ...headers, ...problem.headers },
  });
}

const OAUTH_CODES: Record<number, OAuthErrorCode> = {
  400: 'invalid_request',
  401: 'invalid_client',
};

function failureProblem(
  operationId: OperationId,
  failure: ScheduledFailure,
  oauthErrors: boolean,
  realm: string,
): ApiProblem | OAuthProblem {
  const { status, options } = failure;
  const detail =
    options.detailedError ??
    `Injected failure: fail('${operationId}', ${status}) was set on the mock.`;
  const oauthCode = OAUTH_CODES[status];
  if (oauthErrors && oauthCode) {
    return new OAuthProblem(status as 400 | 401, oauthCode, detail);
  }
  const headers: Record<string, string> = {};
  if (status === 401) {
    headers['WWW-Authenticate'] = `Bearer realm="${realm}", error="invalid_token"`;
  }
  return new ApiProblem(status, failure.detailedErrorCode, detail, headers);
}

/**
 * Builds the response to a call with a scheduled failure: after `delayMs`, a network error or
 * a spec-shaped error body, with `Retry-After` when `retryAfterSeconds` is set.
 */
export async function failureResponse(
  operationId: OperationId,
  failure: ScheduledFailure,
  context: { path: string; now: () => Date; realm: string; oauthErrors: boolean },
  headers: CommonHeaders,
): Promise<Response> {
  const { options } = failure;
  if (options.delayMs !== undefined) {
    await delay(options.delayMs);
  }
  if (options.networkError) {
    return HttpResponse.error();
  }
  const problem = failureProblem(operationId, failure, context.oauthErrors, context.realm);
  const failureHeaders = { ...headers };
  if (options.retryAfterSeconds !== undefined) {
    failureHeaders['Retry-After'] = String(options.retryAfterSeconds);
  }
  return problemResponse(problem, context.path, context.now(), failureHeaders);
}

/** Builds the response to a successful result: JSON when it has a body, else an empty body. */
export function resultResponse(
  result: { status: number; body: unknown; headers?: Record<string, string> },
  headers: CommonHeaders,
): Response {
  const init = { status: result.status, headers: { ...headers, ...result.headers } };
  if (result.body === undefined) {
    return new HttpResponse(null, init);
  }
  return HttpResponse.json(result.body as Record<string, unknown>, init);
}
