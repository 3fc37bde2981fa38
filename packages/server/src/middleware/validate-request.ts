import type { ValidateFunction } from 'ajv';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { ApiError, type DetailedErrorCode } from '../errors.js';
import type { OperationSpec } from '../spec/operations.js';
import { describeValidationError, type OperationValidators } from '../spec/validators.js';

/**
 * Validates path parameters (code 1004), query parameters (1003), declared header parameters (1007) and a
 * JSON body (1002 when it does not parse, 1001 when it breaks the schema) against the
 * operation's spec, and stores the result in `input`. Parameter values are coerced to the
 * schema's types.
 */
export function validateRequest(
  operation: OperationSpec,
  validators: OperationValidators,
): MiddlewareHandler<AppEnv> {
  const jsonBody = operation.body?.mediaType === 'application/json' ? validators.body : undefined;
  const headerNames = operation.parameters.filter((p) => p.in === 'header').map((p) => p.name);
  return async function validateRequest(c, next) {
    const params = check({ ...c.req.param() }, validators.path, 1004);
    const query = check(readQuery(c.req.url), validators.query, 1003);
    if (validators.header) {
      const headers: Record<string, string> = {};
      for (const name of headerNames) {
        const value = c.req.header(name);
        if (value !== undefined) headers[name] = value;
      }
      check(headers, validators.header, 1007);
    }
    const body = jsonBody ? checkBody(c.get('rawBody') ?? '', jsonBody) : undefined;
    c.set('input', { params, query, body });
    await next();
  };
}

function check(
  values: Record<string, unknown>,
  validate: ValidateFunction | undefined,
  code: DetailedErrorCode,
): Record<string, unknown> {
  if (!validate) {
    const unexpected = Object.keys(values)[0];
    if (unexpected !== undefined) {
      throw new ApiError(code, `/${unexpected}: is not an allowed parameter of this operation`);
    }
    return values;
  }
  if (!validate(values)) {
    const [error] = validate.errors ?? [];
    throw new ApiError(
      code,
      error ? describeValidationError(error) : 'The parameters are invalid.',
    );
  }
  return values;
}

function readQuery(url: string): Record<string, unknown> {
  const start = url.indexOf('?');
  // A prototype-less object, so that a parameter named __proto__ stays an ordinary key.
  const query: Record<string, unknown> = Object.create(null);
  if (start === -1) return query;
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    if (name in query) throw new ApiError(1003, `/${name}: must appear at most once`);
    query[name] = value;
  }
  return query;
}

function checkBody(text: string, validate: ValidateFunction): unknown {
  if (text === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : String(error);
    throw new ApiError(1002, `The request body is not valid JSON: ${reason}`);
  }
  if (!validate(body)) {
    const [error] = validate.errors ?? [];
    throw new ApiError(
      1001,
      error ? describeValidationError(error) : 'The request body is invalid.',
    );
  }
  return body;
}
