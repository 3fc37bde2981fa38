import { type FailedRequest, VdxError, VdxTimeoutError } from './errors.js';
import type { VdxLogger } from './logger.js';
import { toNetworkError } from './network-failure.js';

/** Settings of the transport: the fetch, the time limit and the logger. */
export interface TransportSettings {
  fetch: (input: Request) => Promise<Response>;
  timeoutMs: number;
  logger: VdxLogger | undefined;
}

/** A request with its body buffered, so that it can be sent again after a 401. */
export interface BufferedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | undefined;
  /** The caller's abort signal. */
  signal: AbortSignal;
  redirect: RequestRedirect;
  credentials: RequestCredentials;
}

/** Statuses whose responses must have a null body (Fetch standard). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

const requestsByResponse = new WeakMap<Response, FailedRequest>();

/**
 * Requests being sent. Node 20.20's fetch links a Request to the signal it was built with only
 * through weak references. After a forced garbage collection, an abort no longer reached a
 * Request that nothing else held. For the same reason the time limit uses its own
 * AbortController instead of `AbortSignal.any`, whose combined signal Node 20.20 collected too.
 */
const IN_FLIGHT = new Set<Request>();

/** Returns the method and URL of the request that produced a transport response. */
export function requestOf(response: Response, fallbackMethod: string): FailedRequest {
  return requestsByResponse.get(response) ?? { method: fallbackMethod, url: response.url };
}

/** Reads a request's body into memory and gives it an `X-Request-Id` when it has none. */
export async function bufferRequest(request: Request): Promise<BufferedRequest> {
  const headers = new Headers(request.headers);
  if (!headers.has('x-request-id')) headers.set('x-request-id', newRequestId());
  return {
    url: request.url,
    method: request.method,
    headers,
    body: request.body === null ? undefined : await request.arrayBuffer(),
    signal: request.signal,
    redirect: request.redirect,
    credentials: request.credentials,
  };
}

/**
 * Sends a buffered request once, with the time limit applied to the whole exchange, and
 * returns the response with its body already read.
 *
 * Reading the body here puts body stalls under the time limit too, and detaches the returned
 * response from the abort signal.
 *
 * @throws {VdxTimeoutError} when no complete response arrives within `timeoutMs`.
 * @throws {VdxNetworkError} when the request fails without a response.
 */
export async function sendBuffered(
  request: BufferedRequest,
  headers: Headers,
  settings: TransportSettings,
): Promise<Response> {
  const limit = startTimeLimit(request.signal, settings.timeoutMs);
  const outgoing = toRequest(request, headers, limit.signal);
  const fields = {
    method: request.method,
    path: new URL(request.url).pathname,
    requestId: headers.get('x-request-id') ?? undefined,
  };
  const startedAt = performance.now();
  settings.logger?.debug?.('VDX request sent', fields);
  IN_FLIGHT.add(outgoing);

  try {
    const response = await settings.fetch(outgoing);
    const detached = await readFully(response);
    const ms = Math.round(performance.now() - startedAt);
    settings.logger?.debug?.('VDX response received', { ...fields, status: response.status, ms });
    requestsByResponse.set(detached, { method: request.method, url: request.url });
    return detached;
  } catch (error) {
    const mapped = toTransportError(error, request, limit.timedOut(), settings.timeoutMs);
    const ms = Math.round(performance.now() - startedAt);
    settings.logger?.warn?.('VDX request failed', { ...fields, ms, error: errorName(mapped) });
    throw mapped;
  } finally {
    limit.stop();
    IN_FLIGHT.delete(outgoing);
  }
}

interface TimeLimit {
  signal: AbortSignal;
  timedOut(): boolean;
  stop(): void;
}

/** Starts a signal that aborts when the caller's signal does or when `timeoutMs` passes. */
function startTimeLimit(callerSignal: AbortSignal, timeoutMs: number): TimeLimit {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const forwardAbort = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) forwardAbort();
  else callerSignal.addEventListener('abort', forwardAbort, { once: true });

  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    stop: () => {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', forwardAbort);
    },
  };
}

function toRequest(request: BufferedRequest, headers: Headers, signal: AbortSignal): Request {
  return new Request(request.url, {
    method: request.method,
    headers,
    body: request.body,
    signal,
    redirect: request.redirect,
    credentials: request.credentials,
  });
}

async function readFully(response: Response): Promise<Response> {
  const init = { status: response.status, statusText: response.statusText };
  if (NULL_BODY_STATUSES.has(response.status)) {
    await response.body?.cancel();
    return new Response(null, { ...init, headers: response.headers });
  }
  const body = await response.arrayBuffer();
  return new Response(body, { ...init, headers: response.headers });
}

function toTransportError(
  error: unknown,
  request: BufferedRequest,
  timedOut: boolean,
  timeoutMs: number,
): unknown {
  if (timedOut && !request.signal.aborted) {
    const message = `${request.method} ${request.url} timed out after ${timeoutMs} ms. Check that the server is running and responsive, or raise timeoutMs.`;
    return new VdxTimeoutError(message, { timeoutMs, url: request.url }, { cause: error });
  }
  // The caller's own abort keeps its reason, as with plain fetch.
  if (request.signal.aborted || error instanceof VdxError) return error;
  return toNetworkError(request.url, error, 'base URL');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function newRequestId(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  // Browsers expose randomUUID only in secure contexts; getRandomValues works everywhere.
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
