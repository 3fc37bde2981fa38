import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { jsonPointer, type OpenApiDocument, type OperationSpec } from './operations.js';

// ajv and ajv-formats are CommonJS packages whose default export sits under `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const DOCUMENT_ID = 'openapi-responses.json';
const JSON_MEDIA_TYPE = 'application/json';

/** What the spec documents for one status of one operation. */
export type ResponseRule =
  | { kind: 'undocumented' }
  | { kind: 'empty' }
  | { kind: 'json'; validate: ValidateFunction };

interface ResponseObject {
  $ref?: string;
  content?: Record<string, unknown>;
}

type SchemaNode = Record<string, unknown>;

function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every schema that is a direct member of an `allOf`, inline or by `$ref`. */
function collectAllOfMembers(node: unknown, members: Set<unknown>, refs: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectAllOfMembers(item, members, refs);
    return;
  }
  if (!isSchemaNode(node)) return;
  if (Array.isArray(node.allOf)) {
    for (const member of node.allOf) {
      members.add(member);
      if (isSchemaNode(member) && typeof member.$ref === 'string') refs.add(member.$ref);
    }
  }
  for (const value of Object.values(node)) collectAllOfMembers(value, members, refs);
}

/**
 * Closes every object schema of `doc` that declares `properties` or `allOf` but no rule for
 * other properties, by adding `unevaluatedProperties: false`. Members of an `allOf` stay
 * open, because a closed member would reject the properties that its siblings declare. The
 * schema that contains the `allOf` is closed instead.
 */
function closeObjectSchemas(doc: OpenApiDocument): void {
  const members = new Set<unknown>();
  const memberRefs = new Set<string>();
  collectAllOfMembers(doc, members, memberRefs);
  const memberTargets = new Set<unknown>();
  for (const ref of memberRefs) {
    const name = ref.startsWith('#/components/schemas/') ? ref.slice(21) : undefined;
    if (name !== undefined) memberTargets.add(doc.components.schemas?.[name]);
  }

  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isSchemaNode(node)) return;
    const declaresShape = isSchemaNode(node.properties) || Array.isArray(node.allOf);
    const open = 'additionalProperties' in node || 'unevaluatedProperties' in node;
    if (declaresShape && !open && !members.has(node) && !memberTargets.has(node)) {
      node.unevaluatedProperties = false;
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc.paths);
  visit(doc.components);
}

/**
 * Compiles validators of the responses that the spec documents, for each operation and status.
 *
 * Responses are checked more strictly than the spec's schemas require: an object schema that lists
 * its properties rejects any other property (`unevaluatedProperties: false` is added to a copy
 * of the document), so a field that the server sends without documenting it fails validation.
 * NOTE: a schema used as a member of an `allOf` stays open where it is used on its own inside
 * another schema; at the top level of a response body every schema is closed.
 */
export class ResponseValidators {
  readonly #document: OpenApiDocument;
  readonly #ajv;
  readonly #compiled = new Map<string, ResponseRule>();

  constructor(doc: OpenApiDocument) {
    this.#document = structuredClone(doc);
    closeObjectSchemas(this.#document);
    this.#ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateSchema: false,
      coerceTypes: false,
    });
    addFormats(this.#ajv);
    this.#ajv.addFormat('password', true);
    this.#ajv.addSchema(this.#document, DOCUMENT_ID);
  }

  /** Returns the rule of one operation's response with `status`, compiling it on first use. */
  ruleFor(operation: OperationSpec, status: number): ResponseRule {
    const key = `${operation.operationId} ${status}`;
    let rule = this.#compiled.get(key);
    if (!rule) {
      rule = this.#compileRule(operation, status);
      this.#compiled.set(key, rule);
    }
    return rule;
  }

  #compileRule(operation: OperationSpec, status: number): ResponseRule {
    const method = operation.method.toLowerCase();
    const pathItem = this.#document.paths[operation.path] as Record<string, SchemaNode>;
    const responses = (pathItem[method]?.responses ?? {}) as Record<string, ResponseObject>;
    const raw = responses[String(status)];
    if (!raw) return { kind: 'undocumented' };

    const ref = raw.$ref;
    const response = ref ? this.#resolveResponse(ref) : raw;
    if (!response.content?.[JSON_MEDIA_TYPE]) return { kind: 'empty' };
    const base = ref ?? jsonPointer('paths', operation.path, method, 'responses', String(status));
    const schemaRef = `${DOCUMENT_ID}${base}${jsonPointer('content', JSON_MEDIA_TYPE, 'schema').slice(1)}`;
    const validate = this.#ajv.compile({ $ref: schemaRef, unevaluatedProperties: false });
    return { kind: 'json', validate };
  }

  #resolveResponse(ref: string): ResponseObject {
    const name = ref.replace('#/components/responses/', '');
    const response = this.#document.components.responses?.[name];
    if (!isSchemaNode(response)) {
      throw new Error(`The spec's response $ref ${ref} points at nothing.`);
    }
    return response as ResponseObject;
  }
}

/** Describes the first error of a response validator as `<JSON pointer>: <rule>`. */
export function describeResponseError(error: ErrorObject | undefined): string {
  if (!error) return '/: is invalid';
  const params = error.params as Record<string, unknown>;
  const child = params.unevaluatedProperty ?? params.additionalProperty ?? params.missingProperty;
  const base = error.instancePath === '' ? '' : error.instancePath;
  if (typeof child === 'string') {
    const segment = child.replaceAll('~', '~0').replaceAll('/', '~1');
    const rule = params.missingProperty ? 'is missing' : 'is not documented in the spec';
    return `${base}/${segment}: ${rule}`;
  }
  return `${base === '' ? '/' : base}: ${error.message ?? 'is invalid'}`;
}
