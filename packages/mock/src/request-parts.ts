/**
 * Reads and validates the path parameters, query parameters, headers and body of a request
 * against its operation in the spec.
 */
import { ApiProblem, invalidBody } from './problems.js';
import type { OperationSpec, ParameterSpec } from './spec.js';
import { type JsonSchema, resolveSchema, validate } from './validation.js';

/** A request body as read: its raw text (for idempotency) and its parsed value. */
export interface ParsedBody {
  text: string;
  value: unknown;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function typeOf(schema: JsonSchema): string | undefined {
  const { type } = resolveSchema(schema);
  return Array.isArray(type) ? type[0] : type;
}

/** Converts a query or path string to the JSON type that its schema declares. */
function coerce(raw: string, schema: JsonSchema): unknown {
  const type = typeOf(schema);
  if ((type === 'integer' || type === 'number') && NUMERIC.test(raw)) {
    return Number(raw);
  }
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) {
    return raw === 'true';
  }
  return raw;
}

function checkParameter(
  parameter: ParameterSpec,
  raw: string,
  code: 1003 | 1004 | 1007,
  label: string,
) {
  const value = coerce(raw, parameter.schema);
  const issue = validate(value, parameter.schema);
  if (issue) {
    throw new ApiProblem(400, code, `${label} ${parameter.name}: ${issue.message}`);
  }
  return value;
}

/**
 * Validates the path parameters that MSW matched.
 *
 * @throws {ApiProblem} 400 with 1004 for a value that breaks its schema.
 */
export function readPathParameters(
  spec: OperationSpec,
  params: Record<string, string | readonly string[] | undefined>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of spec.parameters.filter((p) => p.in === 'path')) {
    const raw = params[parameter.name];
    const text = typeof raw === 'string' ? raw : (raw?.join('/') ?? '');
    values[parameter.name] = checkParameter(parameter, text, 1004, 'path parameter');
  }
  return values;
}

/**
 * Validates the query parameters that the spec declares; others are ignored.
 *
 * @throws {ApiProblem} 400 with 1003 for a missing required or invalid parameter.
 */
export function readQueryParameters(spec: OperationSpec, url: URL): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of spec.parameters.filter((p) => p.in === 'query')) {
    const raw = url.searchParams.get(parameter.name);
    if (raw === null) {
      if (parameter.required) {
        throw new ApiProblem(400, 1003, `query parameter ${parameter.name}: is required`);
      }
      continue;
    }
    values[parameter.name] = checkParameter(parameter, raw, 1003, 'query parameter');
  }
  return values;
}

/**
 * Reads the `Idempotency-Key` header of an operation that honours it.
 *
 * @throws {ApiProblem} 400 with 1007 for a key that breaks its schema.
 */
export function readIdempotencyKey(spec: OperationSpec, request: Request): string | undefined {
  const parameter = spec.parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
  const key = request.headers.get('idempotency-key');
  if (!parameter || key === null) {
    return undefined;
  }
  checkParameter(parameter, key, 1007, 'header');
  return key;
}

function mediaTypeOf(request: Request): string | undefined {
  return request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiProblem(400, 1002, `The request body is not valid JSON: ${reason}`);
  }
}

function readJsonBody(spec: OperationSpec, request: Request, text: string) {
  const mediaType = mediaTypeOf(request);
  if (text.trim() === '') {
    if (spec.requestBody?.required) {
      throw new ApiProblem(400, 1002, 'The request body is empty; send a JSON object.');
    }
    return undefined;
  }
  if (mediaType !== undefined && !isJsonMediaType(mediaType)) {
    throw new ApiProblem(
      415,
      1005,
      `Content-Type ${mediaType} is not supported; send application/json.`,
    );
  }
  const value = parseJson(text);
  const issue = validate(value, spec.requestBody?.schema ?? {});
  if (issue) {
    throw invalidBody(issue.pointer, issue.message);
  }
  return value;
}

function readFormBody(request: Request, text: string) {
  if (mediaTypeOf(request) !== 'application/x-www-form-urlencoded') {
    return undefined;
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * Reads the body of an operation that takes one. A JSON body is parsed and validated against
 * the spec's schema. A form body is returned as its fields, or as `undefined` when the request
 * is not form-encoded, and its operation checks the fields itself.
 *
 * @throws {ApiProblem} 400 with 1001 or 1002, or 415 with 1005, for a JSON body.
 */
export async function readBody(spec: OperationSpec, request: Request): Promise<ParsedBody> {
  if (!spec.requestBody) {
    return { text: '', value: undefined };
  }
  const text = await request.text();
  if (spec.requestBody.mediaType === 'application/x-www-form-urlencoded') {
    return { text, value: readFormBody(request, text) };
  }
  return { text, value: readJsonBody(spec, request, text) };
}
