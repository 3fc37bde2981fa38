import { createRequire } from 'node:module';

/** The parts of an OpenAPI 3.1 document that the server reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
}

interface OperationObject {
  operationId?: string;
  'x-vdx-roles'?: string[];
  parameters?: unknown[];
  requestBody?: { required?: boolean; content: Record<string, unknown> };
}

/** A parameter of an operation, with a JSON pointer to its schema in the document. */
export interface ParameterSpec {
  name: string;
  in: ParameterObject['in'];
  required: boolean;
  schemaPointer: string;
}

/** What the server needs to know about one operation of the spec. */
export interface OperationSpec {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The spec's path template, such as `/devices/v1/devices/{deviceId}`. */
  path: string;
  /** The same path in Hono's syntax, such as `/devices/v1/devices/:deviceId`. */
  routePath: string;
  /** `x-vdx-roles`: any one of them grants access; empty means a public operation. */
  roles: readonly string[];
  parameters: readonly ParameterSpec[];
  body?: { required: boolean; mediaType: string; schemaPointer: string };
  /** Whether the operation declares the `Idempotency-Key` header. */
  idempotent: boolean;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Loads the VDX OpenAPI document that `@vdx/sdk` ships as JSON. */
export function loadSpecDocument(): OpenApiDocument {
  const require = createRequire(import.meta.url);
  return require('@vdx/sdk/openapi.json') as OpenApiDocument;
}

/** Escapes one JSON pointer token and makes it safe inside a URI fragment. */
function pointerToken(token: string): string {
  return encodeURIComponent(token.replaceAll('~', '~0').replaceAll('/', '~1'));
}

/** Builds the URI-fragment JSON pointer `#/a/b/c`. */
export function jsonPointer(...tokens: string[]): string {
  return `#/${tokens.map(pointerToken).join('/')}`;
}

function resolveRef(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) {
    throw new Error(`Unsupported $ref ${ref}: only references inside the document are read.`);
  }
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[token];
  }
  if (node === undefined) throw new Error(`The spec's $ref ${ref} points at nothing.`);
  return node;
}

function readParameter(doc: OpenApiDocument, raw: unknown, inlinePointer: string[]): ParameterSpec {
  const ref = (raw as { $ref?: string }).$ref;
  const parameter = (ref ? resolveRef(doc, ref) : raw) as ParameterObject;
  const schemaPointer = ref ? `${ref}/schema` : jsonPointer(...inlinePointer, 'schema');
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    schemaPointer,
  };
}

function readParameters(
  doc: OpenApiDocument,
  path: string,
  method: string,
  pathItem: Record<string, unknown>,
  operation: OperationObject,
): ParameterSpec[] {
  const shared = ((pathItem.parameters as unknown[] | undefined) ?? []).map((raw, index) =>
    readParameter(doc, raw, ['paths', path, 'parameters', String(index)]),
  );
  const own = (operation.parameters ?? []).map((raw, index) =>
    readParameter(doc, raw, ['paths', path, method, 'parameters', String(index)]),
  );
  // An operation's parameter overrides a path-level one with the same name and location.
  const byKey = new Map<string, ParameterSpec>();
  for (const parameter of [...shared, ...own])
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  return [...byKey.values()];
}

function readBody(path: string, method: string, operation: OperationObject): OperationSpec['body'] {
  const body = operation.requestBody;
  if (!body) return undefined;
  const mediaType = Object.keys(body.content)[0];
  if (mediaType === undefined) return undefined;
  return {
    required: body.required === true,
    mediaType,
    schemaPointer: jsonPointer(
      'paths',
      path,
      method,
      'requestBody',
      'content',
      mediaType,
      'schema',
    ),
  };
}

/** Reads every operation of the document, keyed by operationId. */
export function readOperations(doc: OpenApiDocument): Map<string, OperationSpec> {
  const operations = new Map<string, OperationSpec>();
  for (const [path, pathItem] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as OperationObject | undefined;
      if (!operation?.operationId) continue;
      const parameters = readParameters(doc, path, method, pathItem, operation);
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        roles: operation['x-vdx-roles'] ?? [],
        parameters,
        body: readBody(path, method, operation),
        idempotent: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
      });
    }
  }
  return operations;
}
