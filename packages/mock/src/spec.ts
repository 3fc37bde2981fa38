/**
 * The operations of the VDX OpenAPI document, read at load time from the copy that `@vdx/sdk`
 * ships, so that paths, roles, parameters and body schemas never drift from the spec.
 */

import document from '@vdx/sdk/openapi.json' with { type: 'json' };
import type { operations } from '@vdx/sdk/types';
import type { JsonSchema } from './validation.js';

/** An operationId of the VDX OpenAPI document. */
export type OperationId = keyof operations;

/** The HTTP methods that the spec uses. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A path, query or header parameter of an operation, with its `$ref`s resolved. */
export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

/** One operation of the spec, as the mock uses it. */
export interface OperationSpec {
  operationId: OperationId;
  method: HttpMethod;
  /** The spec's path template, for example `/devices/v1/devices/{deviceId}`. */
  path: string;
  /** Whether the operation needs a bearer token (its `security` is not empty). */
  secured: boolean;
  /** The roles of `x-vdx-roles`; empty for public operations. */
  roles: readonly string[];
  parameters: readonly ParameterSpec[];
  /** The media type and schema of the request body, if the operation takes one. */
  requestBody?: { required: boolean; mediaType: string; schema: JsonSchema };
  /** Whether the operation honours `Idempotency-Key`. */
  idempotent: boolean;
}

interface RawParameter {
  $ref?: string;
  name?: string;
  in?: ParameterSpec['in'];
  required?: boolean;
  schema?: JsonSchema;
}

interface RawOperation {
  operationId?: string;
  security?: unknown[];
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  'x-vdx-roles'?: string[];
}

type RawPathItem = { parameters?: RawParameter[] } & Partial<Record<HttpMethod, RawOperation>>;

interface RawDocument {
  security?: unknown[];
  paths: Record<string, RawPathItem>;
  components: Record<string, Record<string, unknown>>;
}

const SPEC = document as unknown as RawDocument;
const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Resolves a local `$ref` such as `#/components/schemas/Device` in the spec document.
 *
 * @throws {Error} when the reference does not point into the document.
 */
export function resolveRef(ref: string): unknown {
  if (!ref.startsWith('#/')) {
    throw new Error(`Only local $ref values are supported; got ${ref}.`);
  }
  let node: unknown = SPEC;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  if (node === undefined) {
    throw new Error(`The $ref ${ref} points to nothing in the VDX OpenAPI document.`);
  }
  return node;
}

function resolveParameter(raw: RawParameter): ParameterSpec {
  const parameter = (raw.$ref ? resolveRef(raw.$ref) : raw) as RawParameter;
  return {
    name: parameter.name ?? '',
    in: parameter.in ?? 'query',
    required: parameter.required ?? parameter.in === 'path',
    schema: parameter.schema ?? {},
  };
}

function readRequestBody(raw: RawOperation['requestBody']): OperationSpec['requestBody'] {
  const [entry] = Object.entries(raw?.content ?? {});
  if (!raw || !entry) {
    return undefined;
  }
  const [mediaType, content] = entry;
  return { required: raw.required ?? false, mediaType, schema: content.schema ?? {} };
}

function readOperation(
  path: string,
  method: HttpMethod,
  item: RawPathItem,
  raw: RawOperation,
): OperationSpec {
  const parameters = [...(item.parameters ?? []), ...(raw.parameters ?? [])].map(resolveParameter);
  const security = raw.security ?? SPEC.security ?? [];
  return {
    operationId: raw.operationId as OperationId,
    method,
    path,
    secured: security.length > 0,
    roles: raw['x-vdx-roles'] ?? [],
    parameters,
    requestBody: readRequestBody(raw.requestBody),
    idempotent: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
  };
}

function indexOperations(): Map<OperationId, OperationSpec> {
  const index = new Map<OperationId, OperationSpec>();
  for (const [path, item] of Object.entries(SPEC.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (raw?.operationId) {
        index.set(raw.operationId as OperationId, readOperation(path, method, item, raw));
      }
    }
  }
  return index;
}

const OPERATIONS = indexOperations();

/**
 * Returns the spec of one operation.
 *
 * @throws {Error} when the installed `@vdx/sdk` spec has no operation with this id, which means
 *   that `@vdx/mock` and `@vdx/sdk` come from different releases.
 */
export function getOperationSpec(operationId: OperationId): OperationSpec {
  const spec = OPERATIONS.get(operationId);
  if (!spec) {
    throw new Error(
      `The VDX OpenAPI document in @vdx/sdk has no operation ${operationId}. ` +
        'Install @vdx/mock and @vdx/sdk of the same release.',
    );
  }
  return spec;
}

/** Converts a spec path template (`/devices/{deviceId}`) to an MSW path (`/devices/:deviceId`). */
export function toMswPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}
