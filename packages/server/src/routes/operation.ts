import type { operations } from '@vdx/sdk/types';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { AppContext } from '../context.js';
import { authenticate } from '../middleware/authenticate.js';
import { limitBody } from '../middleware/body-limit.js';
import { idempotency } from '../middleware/idempotency.js';
import { readJsonBody } from '../middleware/json-body.js';
import { validateRequest } from '../middleware/validate-request.js';
import type { Principal } from '../services/principal.js';
import type { OperationSpec } from '../spec/operations.js';

/** An operationId of the spec. */
export type OperationId = keyof operations;

type ParametersOf<K extends OperationId> = operations[K]['parameters'];
type OrEmpty<T> = [T] extends [never]
  ? Record<string, never>
  : T extends undefined
    ? Record<string, never>
    : T;

/** The validated input of operation `K`, typed from the spec. */
export interface OperationInput<K extends OperationId> {
  params: OrEmpty<ParametersOf<K> extends { path: infer P } ? P : never>;
  query: OrEmpty<ParametersOf<K> extends { query?: infer Q } ? NonNullable<Q> : never>;
  body: operations[K] extends { requestBody: { content: { 'application/json': infer B } } }
    ? B
    : operations[K] extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B | undefined
      : undefined;
  /** The verified caller; operations without roles get an anonymous one with no roles. */
  principal: Principal;
}

/** Implements one operation of the spec. */
export type OperationHandler<K extends OperationId> = (
  c: Context<AppEnv>,
  input: OperationInput<K>,
) => Response | Promise<Response>;

/** Handlers keyed by operationId. */
export type OperationHandlers = { [K in OperationId]?: OperationHandler<K> };

const ANONYMOUS: Principal = {
  subject: 'anonymous',
  clientId: 'anonymous',
  organisationCode: '',
  roles: [],
  expiresAt: Number.POSITIVE_INFINITY,
};

/**
 * Registers each handler on its operation's method and path from the spec, behind the
 * middleware the spec requires: authentication and roles (`x-vdx-roles`), the JSON body,
 * validation and `Idempotency-Key`.
 *
 * @throws {Error} when a handler names an operationId that the spec lacks.
 */
export function registerOperations(
  app: Hono<AppEnv>,
  context: AppContext,
  handlers: OperationHandlers,
): void {
  for (const [operationId, handler] of Object.entries(handlers)) {
    const operation = context.operations.get(operationId);
    if (!operation) {
      throw new Error(`The spec has no operation ${operationId}; check the handler's name.`);
    }
    const run = handler as OperationHandler<OperationId>;
    app.on(operation.method, [operation.routePath], ...middlewareFor(operation, context), (c) => {
      const { params, query, body } = c.get('input');
      const principal = c.get('principal') ?? ANONYMOUS;
      return run(c, { params, query, body, principal } as never);
    });
  }
}

function middlewareFor(operation: OperationSpec, context: AppContext): MiddlewareHandler<AppEnv>[] {
  const chain: MiddlewareHandler<AppEnv>[] = [];
  // Only operations with a body get the limit: it reads the raw request, which costs time.
  if (operation.body) chain.push(limitBody());
  if (operation.roles.length > 0) {
    chain.push(
      authenticate(operation.roles, {
        verifier: context.verifier,
        store: context.store,
        realm: context.config.realm,
      }),
    );
  }
  if (operation.body?.mediaType === 'application/json') {
    chain.push(readJsonBody(operation.body.required));
  }
  chain.push(validateRequest(operation, context.validators.compile(operation)));
  if (operation.idempotent) chain.push(idempotency(context.idempotency));
  return chain;
}
