import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { Args } from '@oclif/core';
import type { VdxWebhookEvent } from '@vdx/sdk';
import type { components } from '@vdx/sdk/types';
import { cliError, ExitCode } from './errors.js';
import { type Column, formatDetails, formatTable } from './output/table.js';

type Schemas = components['schemas'];

/** An organisation's webhook as `getWebhook` returns it. */
export type WebhookConfig = Schemas['WebhookConfig'];
/** An organisation's webhook as `setWebhook` returns it, with a generated secret. */
export type WebhookConfigWithSecret = Schemas['WebhookConfigWithSecret'];
/** One entry of a webhook's delivery log. */
export type WebhookDelivery = Schemas['WebhookDelivery'];
/** One page of a webhook's delivery log. */
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];

/** The delivery states of the API. */
export const DELIVERY_STATUSES = [
  'pending',
  'delivered',
  'failed',
] as const satisfies readonly Schemas['WebhookDeliveryStatus'][];

/** The webhook event types of the API. */
export const EVENT_TYPES = [
  'device.meeting.enqueued',
  'device.message.enqueued',
  'appointment.created',
  'appointment.updated',
  'appointment.deleted',
  'webhook.test',
] as const satisfies readonly Schemas['WebhookEventType'][];

/** The `<organisation>` argument of the webhook commands. */
export const organisationArg = Args.string({
  description: 'Code of the organisation that owns the webhook, for example hospital-demo.',
  required: true,
});

/** Number of random bytes in a secret that the CLI generates (256 bits). */
const GENERATED_SECRET_BYTES = 32;

/** Generates a webhook signing secret: 32 random bytes as base64url, 43 characters. */
export function generateSecret(): string {
  return randomBytes(GENERATED_SECRET_BYTES).toString('base64url');
}

/**
 * Formats every field of a webhook, one per line. The secret is shown only when given, which
 * `vdx webhooks set` does once for a secret that the server generated.
 */
export function formatWebhook(webhook: WebhookConfig, secret?: string): string {
  return formatDetails([
    ['Organisation', webhook.organisationCode],
    ['URL', webhook.url],
    ['Endpoint key', webhook.deviceWebhookEndpointKey ?? '(none)'],
    ['Max attempts', String(webhook.maxAttempts)],
    ['Created', webhook.createdTime],
    ['Updated', webhook.updatedTime],
    ['Secret', secret],
  ]);
}

const DELIVERY_COLUMNS: Column<WebhookDelivery>[] = [
  { header: 'EVENT ID', value: (delivery) => delivery.eventId },
  { header: 'TYPE', value: (delivery) => delivery.eventType },
  { header: 'STATUS', value: (delivery) => delivery.status },
  { header: 'ATTEMPTS', value: (delivery) => String(delivery.attempts) },
  { header: 'LAST STATUS', value: (delivery) => optional(delivery.lastStatusCode) },
  { header: 'CREATED', value: (delivery) => delivery.createdTime },
  { header: 'NEXT ATTEMPT', value: (delivery) => optional(delivery.nextAttemptAt) },
  { header: 'LAST ERROR', value: (delivery) => optional(delivery.lastError) },
];

/** Formats delivery log entries as a table, one line each. */
export function formatDeliveryTable(deliveries: readonly WebhookDelivery[]): string {
  return formatTable(deliveries, DELIVERY_COLUMNS);
}

function optional(value: string | number | null): string {
  return value === null ? '-' : String(value);
}

/**
 * Checks the `--forward-to` value and returns it as a URL.
 *
 * @throws CLIError (exit 2) naming the value when it is not an absolute http or https URL.
 */
export function parseForwardUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw cliError(
      `Invalid --forward-to "${value}": expected an absolute URL such as http://127.0.0.1:3000/vdx/events.`,
      ExitCode.Usage,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw cliError(
      `Invalid --forward-to "${value}": the URL must use http or https, not ${url.protocol.slice(0, -1)}.`,
      ExitCode.Usage,
    );
  }
  return url;
}

/**
 * Checks the `--path` value of the receiver.
 *
 * @throws CLIError (exit 2) unless the path starts with `/` and has no query or fragment.
 */
export function checkReceiverPath(path: string): string {
  if (!path.startsWith('/') || /[?#\s]/.test(path)) {
    throw cliError(
      `Invalid --path "${path}": expected a URL path that starts with / and has no query, fragment or spaces, such as /vdx/events.`,
      ExitCode.Usage,
    );
  }
  return path;
}

/** The outcome of passing a verified delivery on to `--forward-to`. */
export interface ForwardResult {
  url: string;
  /** The forward target's HTTP status, or null when no response arrived. */
  status: number | null;
  /** Whether the target responded with a 2xx status. */
  ok: boolean;
  /** The reason the forward failed, absent when it succeeded. */
  error?: string;
}

/** A delivery that passed verification. */
export interface ReceivedEvent {
  /** When the receiver got the request, as an RFC 3339 UTC time. */
  receivedAt: string;
  event: VdxWebhookEvent;
  forward?: ForwardResult;
}

/** A request that the receiver rejected with an error status. */
export interface RejectedRequest {
  receivedAt: string;
  method: string;
  path: string;
  status: number;
  /** A stable class of failure, such as `bad_signature` or `not_found`. */
  reason: string;
  message: string;
}

/** Options of {@link startWebhookReceiver}. */
export interface WebhookReceiverOptions {
  /** TCP port on 127.0.0.1, or 0 for a free one. */
  port: number;
  /** The only path that accepts deliveries, such as `/`. */
  path: string;
  secret: string;
  forwardTo?: URL;
  onEvent: (received: ReceivedEvent) => void;
  onRejected: (rejected: RejectedRequest) => void;
  /** Called with a failure of the receiver itself, after which the request gets a 500. */
  onError: (error: unknown) => void;
}

/** A running receiver. */
export interface WebhookReceiver {
  /** The URL that VDX should deliver to, such as `http://127.0.0.1:41234/`. */
  url: string;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

/** Largest accepted request body. VDX events are far smaller. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Time limit of a forward. VDX waits 10 s for a response, so the 502 must come before that. */
const FORWARD_TIMEOUT_MS = 9000;

/** Headers that belong to one connection and are not passed on to the forward target. */
const HOP_BY_HOP_HEADERS = new Set([
  'connection',
  'content-length',
  'host',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Starts an HTTP server on 127.0.0.1 that verifies VDX webhook deliveries.
 *
 * A POST to `path` with a valid signature gets 204. With `forwardTo`, it gets 204 when the
 * forward target responded with 2xx and 502 otherwise, so that VDX retries. An invalid delivery
 * gets 400 with `{"error": <reason>, "message": ...}`, another path 404 and another method 405.
 *
 * @throws CLIError (exit 2) when the port is in use or may not be opened.
 */
export async function startWebhookReceiver(
  options: WebhookReceiverOptions,
): Promise<WebhookReceiver> {
  const { verifyWebhook, VdxWebhookError } = await import('@vdx/sdk');
  const verify = async (body: Buffer, headers: IncomingHttpHeaders) => {
    try {
      return await verifyWebhook(body, headers, options.secret);
    } catch (error) {
      if (error instanceof VdxWebhookError) return { reason: error.reason, message: error.message };
      throw error;
    }
  };

  const server = createServer((request, response) => {
    handleRequest(request, response, options, verify).catch((error: unknown) => {
      options.onError(error);
      if (!response.headersSent) sendJson(response, 500, 'internal_error', 'The receiver failed.');
    });
  });
  const port = await listen(server, options.port);
  return {
    url: `http://127.0.0.1:${port}${options.path}`,
    close: () => closeServer(server),
  };
}

type Verify = (
  body: Buffer,
  headers: IncomingHttpHeaders,
) => Promise<VdxWebhookEvent | { reason: string; message: string }>;

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebhookReceiverOptions,
  verify: Verify,
): Promise<void> {
  const receivedAt = new Date().toISOString();
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const method = request.method ?? 'GET';
  const reject = (status: number, reason: string, message: string) => {
    options.onRejected({ receivedAt, method, path, status, reason, message });
    sendJson(response, status, reason, message);
  };

  if (path !== options.path) {
    reject(404, 'not_found', `This receiver accepts deliveries at ${options.path} only.`);
    return;
  }
  if (method !== 'POST') {
    response.setHeader('Allow', 'POST');
    reject(405, 'method_not_allowed', `Webhook deliveries are POST requests, not ${method}.`);
    return;
  }
  const body = await readBody(request);
  if (body === undefined) {
    reject(413, 'body_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    return;
  }

  const verified = await verify(body, request.headers);
  if ('reason' in verified) {
    reject(400, verified.reason, verified.message);
    return;
  }

  const forward = options.forwardTo
    ? await forwardDelivery(options.forwardTo, body, request.headers)
    : undefined;
  options.onEvent({ receivedAt, event: verified, ...(forward ? { forward } : {}) });
  if (forward && !forward.ok) {
    sendJson(response, 502, 'forward_failed', forward.error ?? 'The forward failed.');
    return;
  }
  response.writeHead(204).end();
}

/** Reads the whole body, or returns undefined once it passes {@link MAX_BODY_BYTES}. */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, error: string, message: string): void {
  const body = JSON.stringify({ error, message });
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
}

/**
 * POSTs the delivery's raw body with its headers to `target` and returns the outcome. Redirects
 * are not followed, as VDX does not follow them either.
 */
async function forwardDelivery(
  target: URL,
  body: Buffer,
  incoming: IncomingHttpHeaders,
): Promise<ForwardResult> {
  const url = target.href;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: forwardHeaders(incoming),
      body: new Uint8Array(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) {
      return { url, status: response.status, ok: true };
    }
    const error = `The forward target ${url} responded with ${response.status}.`;
    return { url, status: response.status, ok: false, error };
  } catch (error) {
    return { url, status: null, ok: false, error: describeForwardError(url, error) };
  }
}

function forwardHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function describeForwardError(url: string, error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `The forward target ${url} did not respond within ${FORWARD_TIMEOUT_MS} ms.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return `The request to the forward target ${url} failed: ${reason}.`;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(listenError(port, error));
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function listenError(port: number, error: NodeJS.ErrnoException): Error {
  if (error.code === 'EADDRINUSE') {
    return cliError(
      `Port ${port} on 127.0.0.1 is in use: choose another --port, or --port 0 for a free one.`,
      ExitCode.Usage,
    );
  }
  if (error.code === 'EACCES') {
    return cliError(
      `Not allowed to listen on port ${port} of 127.0.0.1: choose a port above 1023, or --port 0 for a free one.`,
      ExitCode.Usage,
    );
  }
  return error;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Formats a received event as one line: time, type, id, organisation, a data summary. */
export function formatEventLine(received: ReceivedEvent): string {
  const { event } = received;
  const time = received.receivedAt.replace(/\.\d{3}Z$/, 'Z');
  const parts = [time, event.type, event.id, event.organisationCode, summarizeData(event)];
  const line = parts.filter((part) => part !== '').join('  ');
  return received.forward ? `${line}\n  ${formatForward(received.forward)}` : line;
}

function formatForward(forward: ForwardResult): string {
  if (forward.ok) return `forwarded to ${forward.url}: ${forward.status}`;
  return `forward failed, sender got 502: ${forward.error}`;
}

/** Returns the few data fields that identify what happened, per event type. */
export function summarizeData(event: VdxWebhookEvent): string {
  switch (event.type) {
    case 'device.meeting.enqueued':
      return `device ${event.data.deviceId} (${event.data.deviceOrganisationCode}) meeting ${event.data.itemId}, ${event.data.startTime} to ${event.data.endTime}`;
    case 'device.message.enqueued':
      return `device ${event.data.deviceId} (${event.data.deviceOrganisationCode}) message ${event.data.itemId}`;
    case 'appointment.created':
      return `appointment ${event.data.appointmentId} of ${event.data.ownerOrganisationCode}, ${event.data.startTime} to ${event.data.endTime}`;
    case 'appointment.updated':
      return `appointment ${event.data.appointmentId} ${event.data.change}: ${event.data.changedFields.join(', ')}`;
    case 'appointment.deleted':
      return `appointment ${event.data.appointmentId} ${event.data.reason}`;
    case 'webhook.test':
      return event.data.message;
    default:
      return summarizeUnknown((event as { data?: unknown }).data);
  }
}

/** Summarises the data of an event type this CLI does not know as its scalar fields. */
function summarizeUnknown(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const fields = Object.entries(data)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}=${value}`);
  const text = fields.join(' ');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
