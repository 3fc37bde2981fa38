/**
 * A small JSON Schema validator for the keywords that the VDX spec's request schemas use.
 *
 * NOTE: it supports type, enum, required, properties, additionalProperties,
 * unevaluatedProperties (over properties and allOf), allOf, oneOf, items, min/max length,
 * properties and values, pattern and the formats date-time, uuid and uri. Other keywords are
 * ignored, so the reference server's Ajv validation can reject a body that this accepts.
 */
import { resolveRef } from './spec.js';

/** The subset of a JSON Schema (2020-12) object that the validator reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  unevaluatedProperties?: boolean;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minProperties?: number;
  maxProperties?: number;
  propertyNames?: JsonSchema;
  default?: unknown;
}

/** The first rule that a value breaks: a JSON pointer to the value and the rule in words. */
export interface ValidationIssue {
  pointer: string;
  message: string;
}

type JsonObject = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** The spec's pattern for a name or subject that must contain more than white space. */
const NOT_BLANK_PATTERN = '\\S';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FORMAT_HINTS: Record<string, string> = {
  'date-time': ' (RFC 3339 with an offset, such as 2026-12-07T10:00:00+01:00)',
  uuid: '',
  uri: ' (an absolute URL)',
};

/** Resolves a schema's `$ref`, keeping the keywords written beside it. */
export function resolveSchema(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) {
    return schema;
  }
  const { $ref, ...siblings } = schema;
  return { ...resolveSchema(resolveRef($ref) as JsonSchema), ...siblings };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return true;
  }
}

function matchesFormat(value: string, format: string): boolean {
  switch (format) {
    case 'date-time':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'uuid':
      return UUID.test(value);
    case 'uri':
      return URL.canParse(value);
    default:
      return true;
  }
}

function checkString(value: string, schema: JsonSchema): string | undefined {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    return `must NOT have fewer than ${schema.minLength} characters`;
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    return `must NOT have more than ${schema.maxLength} characters`;
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    return describePattern(schema.pattern);
  }
  if (schema.format !== undefined && !matchesFormat(value, schema.format)) {
    return `must match format "${schema.format}"${FORMAT_HINTS[schema.format] ?? ''}`;
  }
  return undefined;
}

/** Describes a failed pattern, in words for the spec's `\S` on names and subjects. */
function describePattern(pattern: string): string {
  if (pattern === NOT_BLANK_PATTERN) {
    return 'must contain a character other than white space';
  }
  return `must match pattern "${pattern}"`;
}

function checkNumber(value: number, schema: JsonSchema): string | undefined {
  if (schema.minimum !== undefined && value < schema.minimum) {
    return `must be >= ${schema.minimum}`;
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    return `must be <= ${schema.maximum}`;
  }
  return undefined;
}

function checkScalar(value: unknown, schema: JsonSchema): string | undefined {
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) {
      return `must be ${types.join(' or ')}`;
    }
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    return `must be one of: ${schema.enum.map(String).join(', ')}`;
  }
  if (typeof value === 'string') {
    return checkString(value, schema);
  }
  if (typeof value === 'number') {
    return checkNumber(value, schema);
  }
  return undefined;
}

/** Collects the property names that `properties` declare here and in every `allOf` branch. */
function declaredProperties(schema: JsonSchema, names = new Set<string>()): Set<string> {
  for (const name of Object.keys(schema.properties ?? {})) {
    names.add(name);
  }
  for (const branch of schema.allOf ?? []) {
    declaredProperties(resolveSchema(branch), names);
  }
  return names;
}

function checkPropertyCounts(value: JsonObject, schema: JsonSchema, pointer: string) {
  const count = Object.keys(value).length;
  if (schema.minProperties !== undefined && count < schema.minProperties) {
    return {
      pointer: pointer || '/',
      message: `must NOT have fewer than ${schema.minProperties} properties`,
    };
  }
  if (schema.maxProperties !== undefined && count > schema.maxProperties) {
    return {
      pointer: pointer || '/',
      message: `must NOT have more than ${schema.maxProperties} properties`,
    };
  }
  return undefined;
}

/** Escapes a property name as a JSON pointer segment (RFC 6901). */
function toPointerSegment(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}

function checkObject(value: JsonObject, schema: JsonSchema, pointer: string) {
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) {
      const missingPointer = `${pointer}/${toPointerSegment(name)}`;
      return { pointer: missingPointer, message: `must have required property '${name}'` };
    }
  }
  const counts = checkPropertyCounts(value, schema, pointer);
  if (counts) {
    return counts;
  }
  const declared = declaredProperties(schema);
  const closed = schema.additionalProperties === false || schema.unevaluatedProperties === false;
  for (const [name, property] of Object.entries(value)) {
    const propertyPointer = `${pointer}/${toPointerSegment(name)}`;
    const nameIssue =
      schema.propertyNames && checkScalar(name, resolveSchema(schema.propertyNames));
    if (nameIssue) {
      return { pointer: propertyPointer, message: `property name ${nameIssue}` };
    }
    // Object.hasOwn keeps names such as `constructor` from reaching Object.prototype.
    const properties = schema.properties ?? {};
    const propertySchema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (propertySchema) {
      const issue = validate(property, propertySchema, propertyPointer);
      if (issue) {
        return issue;
      }
    } else if (closed && !declared.has(name)) {
      return { pointer: propertyPointer, message: 'is an unknown property' };
    } else if (isObject(schema.additionalProperties)) {
      const issue = validate(property, schema.additionalProperties, propertyPointer);
      if (issue) {
        return issue;
      }
    }
  }
  return undefined;
}

function checkComposition(value: unknown, schema: JsonSchema, pointer: string) {
  for (const branch of schema.allOf ?? []) {
    const issue = validate(value, branch, pointer);
    if (issue) {
      return issue;
    }
  }
  if (schema.oneOf) {
    const matches = schema.oneOf.filter((branch) => !validate(value, branch, pointer)).length;
    if (matches !== 1) {
      return { pointer: pointer || '/', message: 'must match exactly one schema in oneOf' };
    }
  }
  return undefined;
}

/**
 * Validates a value against a schema of the spec and returns the first broken rule, or
 * `undefined` when the value is valid. `pointer` is the JSON pointer of `value` itself.
 */
export function validate(
  value: unknown,
  schema: JsonSchema,
  pointer = '',
): ValidationIssue | undefined {
  const resolved = resolveSchema(schema);
  const scalarIssue = checkScalar(value, resolved);
  if (scalarIssue) {
    return { pointer: pointer || '/', message: scalarIssue };
  }
  const compositionIssue = checkComposition(value, resolved, pointer);
  if (compositionIssue) {
    return compositionIssue;
  }
  if (isObject(value)) {
    return checkObject(value, resolved, pointer);
  }
  if (Array.isArray(value) && resolved.items) {
    for (const [index, item] of value.entries()) {
      const issue = validate(item, resolved.items, `${pointer}/${index}`);
      if (issue) {
        return issue;
      }
    }
  }
  return undefined;
}
