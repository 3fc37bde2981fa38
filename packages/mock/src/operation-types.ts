/**
 * Types that tie each handler to its operation in the generated OpenAPI types, so that a
 * handler returning the wrong status or body shape fails to compile.
 */
import type { operations } from '@vdx/sdk/types';
import type { Principal } from './auth.js';
import type { OperationId } from './spec.js';
import type { MockState } from './state/mock-state.js';

type Operation<Id extends OperationId> = operations[Id];

/** The fields of a form-encoded body, as sent. */
export type FormFields = Partial<Record<string, string>>;

/** The 2xx statuses of an operation's responses. */
export type SuccessStatus<Id extends OperationId> = Extract<
  keyof Operation<Id>['responses'],
  200 | 201 | 202 | 204
>;

type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : undefined;

/** A successful response of an operation: one of its 2xx statuses with that status's body. */
export type OperationResult<Id extends OperationId> = {
  [Status in SuccessStatus<Id>]: {
    status: Status;
    body: JsonContent<Operation<Id>['responses'][Status]>;
    headers?: Record<string, string>;
  };
}[SuccessStatus<Id>];

type ContentBody<Content> = Content extends { 'application/json': infer Body }
  ? Body
  : Content extends { 'application/x-www-form-urlencoded': unknown }
    ? FormFields | undefined
    : undefined;

/**
 * The request body after validation: the schema's type for JSON bodies, or the raw fields of a
 * form body (`undefined` when the request was not form-encoded).
 */
export type RequestBody<Id extends OperationId> =
  Operation<Id> extends {
    requestBody: { content: infer Content };
  }
    ? ContentBody<Content>
    : Operation<Id> extends { requestBody?: { content: infer Content } }
      ? ContentBody<Content> | undefined
      : undefined;

type ParametersIn<
  Id extends OperationId,
  Location extends 'path' | 'query',
> = Operation<Id>['parameters'] extends { [K in Location]?: infer Values }
  ? [Values] extends [never]
    ? Record<string, never>
    : NonNullable<Values>
  : Record<string, never>;

/** The settings that every handler of one mock shares. */
export interface MockContext {
  state: MockState;
  /** The base URL without a trailing slash, for example `http://vdx.test`. */
  baseUrl: string;
  realm: string;
  accessTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  stsCutOff: Date;
}

/** The input of a handler: the request, its validated parts and the mock. */
export interface OperationContext<Id extends OperationId> {
  request: Request;
  url: URL;
  path: ParametersIn<Id, 'path'>;
  query: Partial<ParametersIn<Id, 'query'>>;
  body: RequestBody<Id>;
  /** The caller; `undefined` only for operations that need no token. */
  principal: Principal | undefined;
  mock: MockContext;
}

/** The function that implements one operation. */
export type OperationResolver<Id extends OperationId> = (
  context: OperationContext<Id>,
) => OperationResult<Id> | Promise<OperationResult<Id>>;
