import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../errors.js';
import { loadSpec } from '../spec/index.js';
import { loadSpecDocument, type OperationSpec } from '../spec/operations.js';
import { describeResponseError, ResponseValidators } from '../spec/response-validators.js';
import { errorResponse } from './error-handler.js';

let validators: ResponseValidators | undefined;

/** Compiles the response validators once per process, on the first validated response. */
function responseValidators(): ResponseValidators {
  validators ??= new ResponseValidators(loadSpecDocument());
  return validators;
}

/**
 * Returns how a response of an operation with `status` and body `text` differs from the spec, or
 * undefined when it matches.
 *
 * @throws {Error} when the spec has no operation `operationId`.
 */
export function findResponseMismatch(
  operationId: string,
  status: number,
  text: string,
): string | undefined {
  const operation = loadSpec().operations.get(operationId);
  if (!operation) throw new Error(`The spec has no operation ${operationId}.`);
  const rule = responseValidators().ruleFor(operation, status);
  if (rule.kind === 'undocumented') return 'the status is not documented in the spec';
  if (rule.kind === 'empty') {
    return text === '' ? undefined : 'the spec documents no body, but the response has one';
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  return rule.validate(body) ? undefined : describeResponseError(rule.validate.errors?.[0]);
}

/**
 * Checks every response of a spec operation against the spec's response for its status: the
 * status must be documented, and the body must match its schema with no undocumented field. A
 * mismatch is logged and the response becomes a 500 with code 9001 whose message names the
 * operation, the status and the JSON pointer, so that a test fails on it.
 *
 * Responses with status 500 pass unchanged, since they already report a server bug. HEAD
 * responses are not checked because they have no body.
 */
export function validateResponses(
  operations: ReadonlyMap<string, OperationSpec>,
  logger: Logger,
): MiddlewareHandler<AppEnv> {
  const byRoute = new Map<string, OperationSpec>();
  for (const operation of operations.values()) {
    byRoute.set(`${operation.method} ${operation.routePath}`, operation);
  }

  return async function validateResponses(c, next) {
    await next();
    if (c.req.method === 'HEAD' || c.res.status === 500) return;
    const route = matchedRoutes(c).find((r) => byRoute.has(`${r.method} ${r.path}`));
    const operation = route && byRoute.get(`${route.method} ${route.path}`);
    if (!operation) return;

    const status = c.res.status;
    const mismatch = findResponseMismatch(
      operation.operationId,
      status,
      await c.res.clone().text(),
    );
    if (mismatch === undefined) return;
    const detail = `The response of ${operation.operationId} with status ${status} does not match the spec: ${mismatch}.`;
    logger.error(
      { requestId: c.get('requestId'), operationId: operation.operationId, status, mismatch },
      'response does not match the spec',
    );
    c.res = undefined;
    c.res = errorResponse(c, new ApiError(9001, detail));
  };
}
