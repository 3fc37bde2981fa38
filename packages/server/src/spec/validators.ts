import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { redactUserInfo } from '../services/webhook-target.js';
import type { OpenApiDocument, OperationSpec, ParameterSpec } from './operations.js';

// ajv and ajv-formats are CommonJS packages whose default export sits under `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** The id under which the whole OpenAPI document is registered with Ajv. */
const DOCUMENT_ID = 'openapi.json';

/** Names of fields whose values never appear in error messages. */
const SECRET_FIELD = /password|secret|token|code/i;
const MAX_ECHOED_VALUE_LENGTH = 80;
/** The spec's pattern for a name or subject that must contain more than white space. */
const NOT_BLANK_PATTERN = '\\S';

/** Validators compiled for one operation; absent when the operation has nothing to check. */
export interface OperationValidators {
  path?: ValidateFunction;
  query?: ValidateFunction;
  /** Declared header parameters only; other headers are not checked. */
  header?: ValidateFunction;
  body?: ValidateFunction;
}

function createAjv(doc: OpenApiDocument, coerceTypes: boolean) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    verbose: true,
    validateSchema: false,
    coerceTypes,
    useDefaults: coerceTypes,
  });
  addFormats(ajv);
  // OpenAPI's `password` format only hints that a field is secret; any string is valid.
  ajv.addFormat('password', true);
  ajv.addSchema(doc, DOCUMENT_ID);
  return ajv;
}

/**
 * Compiles request validators from the spec's own schemas.
 *
 * The whole document is registered with Ajv once, and each validator is a `$ref` into it, so
 * every rule comes from the spec. Path and query parameters are validated with type coercion
 * (they arrive as strings); bodies without it.
 */
export class SpecValidators {
  readonly #bodies;
  readonly #parameters;
  readonly #compiled = new Map<string, OperationValidators>();

  constructor(doc: OpenApiDocument) {
    this.#bodies = createAjv(doc, false);
    this.#parameters = createAjv(doc, true);
  }

  /** Returns the validators of one operation, compiling them on first use. */
  compile(operation: OperationSpec): OperationValidators {
    let validators = this.#compiled.get(operation.operationId);
    if (validators) return validators;
    validators = {};
    const of = (location: ParameterSpec['in']) =>
      operation.parameters.filter((parameter) => parameter.in === location);
    const path = this.#compileParameters(of('path'), false);
    const query = this.#compileParameters(of('query'), false);
    const header = this.#compileParameters(of('header'), true);
    if (path) validators.path = path;
    if (query) validators.query = query;
    if (header) validators.header = header;
    if (operation.body) {
      validators.body = this.#bodies.compile({ $ref: DOCUMENT_ID + operation.body.schemaPointer });
    }
    this.#compiled.set(operation.operationId, validators);
    return validators;
  }

  #compileParameters(
    parameters: ParameterSpec[],
    allowOthers: boolean,
  ): ValidateFunction | undefined {
    if (parameters.length === 0) return undefined;
    const properties: Record<string, unknown> = {};
    for (const parameter of parameters) {
      properties[parameter.name] = { $ref: DOCUMENT_ID + parameter.schemaPointer };
    }
    return this.#parameters.compile({
      type: 'object',
      properties,
      required: parameters.filter((p) => p.required).map((p) => p.name),
      additionalProperties: allowOthers,
    });
  }
}

/**
 * Describes the first validation error as `<JSON pointer>: <rule> (got <value>)`, for example
 * `/startTime: must match format "date-time" (got "tomorrow")`.
 *
 * The value is left out when it is an object or array, when it is long, or when the field's name
 * suggests a secret.
 */
export function describeValidationError(error: ErrorObject): string {
  const pointer = errorPointer(error);
  const rule = describeRule(error);
  const shown = pointer === '' ? 'The request body' : pointer;
  const got = echoValue(error, pointer);
  return `${shown}: ${rule}${got}`;
}

function errorPointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child =
    params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty ?? undefined;
  if (typeof child === 'string') {
    return `${error.instancePath}/${child.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return error.instancePath;
}

function describeRule(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not an allowed property';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'pattern':
      return describePattern(error);
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * Describes a failed `pattern` in words where the regular expression would not help the reader:
 * the only `format: uri` schema with a pattern is `WebhookUrl`, and `\S` marks names and
 * subjects that must not be white space only.
 */
function describePattern(error: ErrorObject): string {
  const schema = error.parentSchema as { format?: unknown } | undefined;
  if (schema?.format === 'uri') {
    return 'must be an absolute http or https URL without user info or a fragment';
  }
  if ((error.params as { pattern?: unknown }).pattern === NOT_BLANK_PATTERN) {
    return 'must contain a character other than white space';
  }
  return error.message ?? 'is invalid';
}

/** Echoes a primitive value; objects and arrays can be large or nested too deep to print. */
function echoValue(error: ErrorObject, pointer: string): string {
  if (error.keyword === 'required' || error.keyword.endsWith('Properties')) return '';
  if (SECRET_FIELD.test(pointer)) return '';
  const value: unknown = error.data;
  if (value !== null && typeof value === 'object') return '';
  // A URL's `user:password@` part may be a credential, so it never appears in a message.
  const text =
    typeof value === 'string' ? JSON.stringify(redactUserInfo(value)) : JSON.stringify(value);
  if (text === undefined || text.length > MAX_ECHOED_VALUE_LENGTH) return '';
  return ` (got ${text})`;
}
