import { VdxError } from './errors.js';
import type { webhooks } from './types.js';

/** A webhook event type, such as `device.meeting.enqueued`. */
export type VdxWebhookEventType = keyof webhooks;

/** The body of one event type, as the spec's `webhooks` section defines it. */
export type VdxWebhookEventOf<K extends VdxWebhookEventType> = webhooks[K]['post'] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** Any webhook event; narrow it with `switch (event.type)`. */
export type VdxWebhookEvent = {
  [K in VdxWebhookEventType]: VdxWebhookEventOf<K>;
}[VdxWebhookEventType];

/** The class of failure for which {@link verifyWebhook} rejected a request. */
export type VdxWebhookReason =
  | 'missing_header'
  | 'malformed_signature'
  | 'bad_signature'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'parsed_body'
  | 'invalid_body';

/** A webhook request that failed verification; `reason` is stable, the message is for people. */
export class VdxWebhookError extends VdxError {
  /** The class of failure. */
  readonly reason: VdxWebhookReason;

  constructor(reason: VdxWebhookReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** Request headers as the Fetch API or Node's `IncomingMessage.headers` give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** How far `t` may be from the current time, in seconds; default 300, as the spec requires. */
  toleranceSeconds?: number;
  /** The current time, as a Date or milliseconds since the Unix epoch; default `Date.now()`. */
  now?: Date | number;
}

const DEFAULT_TOLERANCE_SECONDS = 300;
const SIGNATURE_HEADER = 'VDX-Signature';
const HEX_SIGNATURE = /^[0-9a-f]{64}$/;
const encoder = new TextEncoder();

/**
 * Verifies a webhook request from VDX and returns its event.
 *
 * The HMAC-SHA256 over `"<t>.<raw body>"` is checked with Web Crypto's constant-time
 * `crypto.subtle.verify`, so this runs in Node.js 20 and in browsers. Pass the body exactly as
 * received: JSON that was parsed and serialised again has other bytes and fails.
 *
 * @throws {VdxWebhookError} when a header is missing (`missing_header`), the signature header
 *   is not `t=<unix seconds>,v1=<64 hex digits>` (`malformed_signature`), no signature matches
 *   (`bad_signature`), `t` is more than `toleranceSeconds` in the past (`timestamp_too_old`) or
 *   future (`timestamp_in_future`), the body is an already parsed object (`parsed_body`), or a
 *   signed body is not a JSON event (`invalid_body`).
 * @throws {VdxError} when `secret` is empty or `toleranceSeconds` is not a positive number.
 *
 * @example
 * ```ts
 * // Node.js with express.raw({ type: 'application/json' }):
 * const event = await verifyWebhook(req.body, req.headers, process.env.VDX_WEBHOOK_SECRET!);
 * if (event.type === 'device.meeting.enqueued') notifyDevice(event.data.deviceId);
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<VdxWebhookEvent> {
  const body = requireRawBody(rawBody);
  requireSecret(secret);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!Number.isFinite(tolerance) || tolerance <= 0) {
    throw new VdxError(`toleranceSeconds must be a positive number; got ${tolerance}.`);
  }

  const header = readHeader(headers, SIGNATURE_HEADER);
  if (header === undefined) {
    throw new VdxWebhookError(
      'missing_header',
      `The request has no ${SIGNATURE_HEADER} header; it did not come from VDX or a proxy removed the header.`,
    );
  }
  const { timestamp, signatures } = parseSignatureHeader(header);
  if (!(await matchesAny(signatures, timestamp, body, secret))) {
    throw new VdxWebhookError(
      'bad_signature',
      `No signature in ${SIGNATURE_HEADER} matches the body: check the webhook secret, and pass the raw body bytes as received.`,
    );
  }
  checkTimestamp(timestamp, currentSeconds(options.now), tolerance);
  return parseEvent(body);
}

/**
 * Signs a body as VDX does and returns the `VDX-Signature` header value, for tests of a
 * receiver.
 *
 * @param timestamp - Unix seconds, or a Date.
 * @throws {VdxError} when `secret` is empty or `timestamp` is not a whole number of seconds.
 * @example
 * ```ts
 * const body = JSON.stringify(event);
 * const signature = await signWebhookPayload(body, secret, new Date());
 * await fetch(receiverUrl, { method: 'POST', body, headers: { 'VDX-Signature': signature } });
 * ```
 */
export async function signWebhookPayload(
  rawBody: string | Uint8Array,
  secret: string,
  timestamp: number | Date,
): Promise<string> {
  const body = requireRawBody(rawBody);
  requireSecret(secret);
  const seconds = timestamp instanceof Date ? Math.floor(timestamp.getTime() / 1000) : timestamp;
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new VdxError(`timestamp must be whole Unix seconds or a Date; got ${timestamp}.`);
  }
  const key = await hmacKey(secret, 'sign');
  const mac = await crypto.subtle.sign('HMAC', key, signedBytes(seconds, body));
  return `t=${seconds},v1=${toHex(new Uint8Array(mac))}`;
}

function requireRawBody(rawBody: unknown): Uint8Array {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  throw new VdxWebhookError(
    'parsed_body',
    `The body is ${describe(rawBody)}, not the raw request body: pass the string or bytes as received, before JSON parsing (for example express.raw() or await request.text()).`,
  );
}

function requireSecret(secret: unknown): void {
  if (typeof secret !== 'string' || secret === '') {
    throw new VdxError('secret must be the webhook secret as a non-empty string.');
  }
}

/** Returns one header value, looked up without regard to case. */
function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const target = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== target || value === undefined) continue;
    return Array.isArray(value) ? value.join(',') : value;
  }
  return undefined;
}

/**
 * Parses `t=<unix seconds>,v1=<hex>`. Several `v1` entries are accepted, so a signer may add
 * one per secret during a rotation.
 */
function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,15}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && HEX_SIGNATURE.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new VdxWebhookError(
      'malformed_signature',
      `${SIGNATURE_HEADER} must look like t=<unix seconds>,v1=<64 lowercase hex digits>; got "${truncate(header)}".`,
    );
  }
  return { timestamp, signatures };
}

async function matchesAny(
  signatures: readonly string[],
  timestamp: number,
  body: Uint8Array,
  secret: string,
): Promise<boolean> {
  const key = await hmacKey(secret, 'verify');
  const data = signedBytes(timestamp, body);
  let matched = false;
  // Every candidate is checked, so the time taken does not reveal which one matched.
  for (const signature of signatures) {
    if (await crypto.subtle.verify('HMAC', key, fromHex(signature), data)) matched = true;
  }
  return matched;
}

function checkTimestamp(timestamp: number, now: number, tolerance: number): void {
  if (timestamp < now - tolerance) {
    throw new VdxWebhookError(
      'timestamp_too_old',
      `The signature's timestamp ${timestamp} is ${now - timestamp} s old, more than the ${tolerance} s allowed: the request may be a replay, or a clock is wrong.`,
    );
  }
  if (timestamp > now + tolerance) {
    throw new VdxWebhookError(
      'timestamp_in_future',
      `The signature's timestamp ${timestamp} is ${timestamp - now} s in the future, more than the ${tolerance} s allowed: check the receiver's clock.`,
    );
  }
}

function parseEvent(body: Uint8Array): VdxWebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (error) {
    throw new VdxWebhookError('invalid_body', 'The signed body is not valid UTF-8 JSON.', {
      cause: error,
    });
  }
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof Reflect.get(event, 'type') !== 'string'
  ) {
    throw new VdxWebhookError('invalid_body', 'The signed body is not a webhook event object.');
  }
  return event as VdxWebhookEvent;
}

function currentSeconds(now: Date | number | undefined): number {
  if (now === undefined) return Math.floor(Date.now() / 1000);
  if (now instanceof Date) return Math.floor(now.getTime() / 1000);
  return Math.floor(now / 1000);
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const algorithm = { name: 'HMAC', hash: 'SHA-256' };
  return crypto.subtle.importKey('raw', encoder.encode(secret), algorithm, false, [usage]);
}

function signedBytes(timestamp: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix);
  bytes.set(body, prefix.length);
  return bytes;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1)
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function truncate(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}...` : value;
}
