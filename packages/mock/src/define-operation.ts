/**
 * Turns an operation's resolver into an MSW handler that runs the steps every VDX operation
 * shares: request id, scheduled failures, authentication, roles, parameter and body
 * validation, and `Idempotency-Key` replays.
 */
import { type HttpHandler, http } from 'msw';
import { authenticate, authorize, authorizeDevice, type Principal } from './auth.js';
import type { FailureSchedule } from './failures.js';
import type {
  MockContext,
  OperationContext,
  OperationResolver,
  OperationResult,
} from './operation-types.js';
import { ApiProblem, OAuthProblem } from './problems.js';
import {
  readBody,
  readIdempotencyKey,
  readPathParameters,
  readQueryParameters,
} from './request-parts.js';
import {
  type CommonHeaders,
  failureResponse,
  problemResponse,
  resultResponse,
} from './responses.js';
import { getOperationSpec, type OperationId, type OperationSpec, toMswPath } from './spec.js';
import type { StoredResponse } from './state/idempotency-store.js';

/** One operation of the mock, ready to become an MSW handler for a given mock. */
export interface OperationDefinition {
  operationId: OperationId;
  /** Creates the MSW handler of this operation for one mock. */
  createHandler(mock: MockContext, failures: FailureSchedule): HttpHandler;
}

/** Options of an operation definition. */
export interface DefineOperationOptions {
  /** Whether 400 and 401 responses use the RFC 6749 error body (token and revocation endpoints). */
  oauthErrors?: boolean;
}

const MAX_REQUEST_ID_LENGTH = 200;

function commonHeaders(request: Request): CommonHeaders {
  const sent = request.headers.get('x-request-id');
  const requestId = sent && sent.length <= MAX_REQUEST_ID_LENGTH ? sent : crypto.randomUUID();
  return { 'X-Request-Id': requestId };
}

function callerId(principal: Principal | undefined): string {
  if (!principal) {
    return 'anonymous';
  }
  return principal.kind === 'client'
    ? `client:${principal.clientId}`
    : `device:${principal.deviceId}`;
}

async function storeResponse(response: Response): Promise<StoredResponse> {
  const headers = [...response.headers].filter(([name]) => name !== 'x-request-id');
  return { status: response.status, headers, body: await response.clone().text() };
}

function replayResponse(stored: StoredResponse, headers: CommonHeaders): Response {
  const replayHeaders = new Headers(stored.headers);
  for (const [name, value] of Object.entries(headers)) {
    replayHeaders.set(name, value);
  }
  return new Response(stored.body || null, { status: stored.status, headers: replayHeaders });
}

/**
 * Returns the stored first response for a repeated `Idempotency-Key`, or `undefined` for a new
 * key.
 *
 * @throws {ApiProblem} 409 with 5002 when the key was used for a different request.
 */
function findReplay(
  mock: MockContext,
  caller: string,
  key: string,
  fingerprint: string,
  headers: CommonHeaders,
): Response | undefined {
  const first = mock.state.idempotency.find(caller, key);
  if (!first) {
    return undefined;
  }
  if (first.fingerprint !== fingerprint) {
    throw new ApiProblem(
      409,
      5002,
      `Idempotency-Key ${key} was already used for a different request. Send a new key for a new request.`,
    );
  }
  return replayResponse(first.response, headers);
}

function authenticateCaller(spec: OperationSpec, request: Request, mock: MockContext) {
  if (!spec.secured) {
    return undefined;
  }
  const principal = authenticate(request, mock.state, mock.realm);
  authorize(principal, spec.roles);
  return principal;
}

async function runOperation<Id extends OperationId>(
  spec: OperationSpec,
  resolve: OperationResolver<Id>,
  mock: MockContext,
  request: Request,
  params: Record<string, string | readonly string[] | undefined>,
  headers: CommonHeaders,
): Promise<Response> {
  const url = new URL(request.url);
  const principal = authenticateCaller(spec, request, mock);
  const path = readPathParameters(spec, params);
  if (principal && typeof path.deviceId === 'string') {
    authorizeDevice(principal, path.deviceId);
  }
  const query = readQueryParameters(spec, url);
  const idempotencyKey = readIdempotencyKey(spec, request);
  const body = await readBody(spec, request);

  const caller = callerId(principal);
  const fingerprint = JSON.stringify([spec.operationId, url.pathname, url.search, body.text]);
  if (idempotencyKey !== undefined) {
    const replay = findReplay(mock, caller, idempotencyKey, fingerprint, headers);
    if (replay) {
      return replay;
    }
  }

  const context = { request, url, path, query, body: body.value, principal, mock };
  const result: OperationResult<Id> = await resolve(context as OperationContext<Id>);
  const response = resultResponse(result, headers);
  if (idempotencyKey !== undefined) {
    mock.state.idempotency.save(caller, idempotencyKey, fingerprint, await storeResponse(response));
  }
  return response;
}

function toProblem(operationId: OperationId, error: unknown): ApiProblem | OAuthProblem {
  if (error instanceof ApiProblem || error instanceof OAuthProblem) {
    return error;
  }
  // An error of the mock itself becomes what the server sends for a bug: 500 with code 9001 and
  // no stack trace in the body. The stack is printed to the test output instead.
  console.error(`@vdx/mock failed while handling ${operationId}:`, error);
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiProblem(500, 9001, `@vdx/mock failed while handling ${operationId}: ${reason}`);
}

/**
 * Defines the mock of one spec operation. The method and path come from the spec, so a
 * renamed operation fails to compile and a moved path follows the spec without a change here.
 *
 * Only 2xx responses are remembered for `Idempotency-Key`, so a request that failed can be
 * retried with the same key.
 */
export function defineOperation<Id extends OperationId>(
  operationId: Id,
  resolve: OperationResolver<Id>,
  options: DefineOperationOptions = {},
): OperationDefinition {
  const spec = getOperationSpec(operationId);
  return {
    operationId,
    createHandler(mock, failures) {
      const url = `${mock.baseUrl}${toMswPath(spec.path)}`;
      return http[spec.method](url, async ({ request, params }) => {
        const headers = commonHeaders(request);
        const path = new URL(request.url).pathname;
        const failure = failures.take(operationId);
        if (failure) {
          const failureContext = {
            path,
            now: mock.state.now,
            realm: mock.realm,
            oauthErrors: options.oauthErrors ?? false,
          };
          return failureResponse(operationId, failure, failureContext, headers);
        }
        try {
          return await runOperation(spec, resolve, mock, request, params, headers);
        } catch (error) {
          return problemResponse(toProblem(operationId, error), path, mock.state.now(), headers);
        }
      });
    },
  };
}
