import { createHmac } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Logger } from 'pino';
import type {
  AttemptResult,
  WebhookEventRecord,
  WebhookRecord,
  WebhookStore,
} from '../store/webhook-store.js';
import { blockedTargetReason, type HostLookup } from './webhook-target.js';

/** Settings of the delivery worker. */
export interface DeliveryOptions {
  /** Time limit of one attempt in milliseconds, until the response headers arrive. */
  timeoutMs: number;
  /** Wait after the first failed attempt in milliseconds; each later wait doubles. */
  retryBaseMs: number;
  /** Maximum number of attempts in flight at once, across all webhooks. */
  concurrency: number;
  /** Resolves webhook host names before each attempt; default `dns.lookup`. Tests replace it. */
  lookup?: HostLookup;
}

/** Largest random addition to a retry wait, as a fraction of the wait (the spec's 20%). */
export const RETRY_JITTER = 0.2;

/** Largest delay that setTimeout accepts (about 24.8 days); longer waits re-arm the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const USER_AGENT = 'vdx-server-webhooks';

/**
 * Returns the wait before the next attempt after `attempts` failed ones: `baseMs` doubled for
 * each failure after the first, plus up to {@link RETRY_JITTER} of it at random.
 *
 * With the default base of 1000 ms the waits are 1, 2, 4, 8, ... seconds, each up to 20% longer.
 */
export function retryDelayMs(attempts: number, baseMs: number, random = Math.random): number {
  const wait = baseMs * 2 ** Math.max(0, attempts - 1);
  return Math.round(wait * (1 + RETRY_JITTER * random()));
}

/**
 * Builds the `VDX-Signature` header value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">` keyed with the webhook's secret.
 */
export function signatureHeader(body: string, secret: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

/**
 * Delivers pending webhook events from the store in the background.
 *
 * The worker reads due events from the database, so events raised before a restart are resumed
 * by the next process. It never delays an API request, because publishers only call {@link wake}. Among
 * pending events of one webhook with the same order key, only the oldest is attempted, so a
 * device's events arrive in order while other devices' events go on. An attempt that a stop
 * interrupts is not recorded and runs again after the next start, so delivery is at least once.
 */
export class WebhookDeliveryWorker {
  readonly #store: WebhookStore;
  readonly #logger: Logger;
  readonly #options: DeliveryOptions;
  /** Attempts in flight by event `seq`, with the controller that aborts each on stop. */
  readonly #inFlight = new Map<number, AbortController>();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #stopped = false;
  #scanning = false;
  #rescan = false;

  constructor(store: WebhookStore, logger: Logger, options: DeliveryOptions) {
    this.#store = store;
    this.#logger = logger;
    this.#options = options;
  }

  /** Starts delivering, beginning with events left pending by an earlier process. */
  start(): void {
    if (this.#running || this.#stopped) return;
    this.#running = true;
    void this.#scan();
  }

  /** Looks for due events now, for example right after an event was written. */
  wake(): void {
    if (this.#running) void this.#scan();
  }

  /**
   * Stops the worker: clears its timer and aborts attempts in flight without recording them.
   * The worker cannot be started again.
   */
  stop(): void {
    this.#running = false;
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const controller of this.#inFlight.values()) controller.abort();
  }

  /** The number of attempts in flight. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  async #scan(): Promise<void> {
    if (!this.#running) return;
    if (this.#scanning) {
      this.#rescan = true;
      return;
    }
    this.#scanning = true;
    try {
      do {
        this.#rescan = false;
        await this.#startDueAttempts();
      } while (this.#rescan && this.#running);
      await this.#scheduleNextScan();
    } catch (error) {
      if (this.#running) {
        this.#logger.error({ err: error }, 'webhook delivery scan failed; retrying in 1 s');
        this.#arm(1000);
      }
    } finally {
      this.#scanning = false;
    }
  }

  async #startDueAttempts(): Promise<void> {
    const free = this.#options.concurrency - this.#inFlight.size;
    if (free <= 0) return;
    const due = await this.#store.listDueEvents(Date.now(), [...this.#inFlight.keys()], free);
    for (const event of due) {
      if (!this.#running) return;
      void this.#attempt(event);
    }
  }

  /** Arms the timer for the earliest due event, unless every slot is busy. */
  async #scheduleNextScan(): Promise<void> {
    if (!this.#running || this.#inFlight.size >= this.#options.concurrency) return;
    const next = await this.#store.nextAttemptTime([...this.#inFlight.keys()]);
    if (next === undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    this.#arm(next - Date.now());
  }

  #arm(delayMs: number): void {
    if (!this.#running) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#scan(), Math.min(Math.max(0, delayMs), MAX_TIMER_MS));
    // The HTTP server keeps the process alive; a pending retry alone should not.
    this.#timer.unref();
  }

  async #attempt(event: WebhookEventRecord): Promise<void> {
    const controller = new AbortController();
    this.#inFlight.set(event.seq, controller);
    try {
      const webhook = await this.#store.getWebhook(event.organisationCode);
      const result = webhook
        ? await this.#send(event, webhook, controller.signal)
        : withoutWebhook(event);
      if (!this.#running) return;
      const recorded = await this.#store.recordAttempt(event.seq, result);
      if (recorded) this.#logOutcome(event, result);
    } catch (error) {
      if (this.#running) {
        this.#logger.error(
          { err: error, eventId: event.id, organisationCode: event.organisationCode },
          'webhook attempt could not be recorded',
        );
      }
    } finally {
      this.#inFlight.delete(event.seq);
      if (this.#running) void this.#scan();
    }
  }

  /** POSTs the event once and returns what to record. */
  async #send(
    event: WebhookEventRecord,
    webhook: WebhookRecord,
    stopSignal: AbortSignal,
  ): Promise<AttemptResult> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#options.timeoutMs);
    const onStop = () => timeout.abort();
    stopSignal.addEventListener('abort', onStop);
    const started = performance.now();
    try {
      const blocked = await blockedTargetReason(new URL(webhook.url), this.#options.lookup);
      if (blocked !== undefined) {
        return this.#failed(event, webhook, null, blocked, elapsedMs(started));
      }
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: requestHeaders(event, webhook),
        body: event.body,
        redirect: 'manual',
        signal: timeout.signal,
      });
      // The body is ignored; cancelling it frees the connection.
      await response.body?.cancel();
      const latencyMs = elapsedMs(started);
      if (response.status >= 200 && response.status < 300) {
        return delivered(response.status, latencyMs);
      }
      return this.#failed(event, webhook, response.status, rejection(response.status), latencyMs);
    } catch (error) {
      const latencyMs = elapsedMs(started);
      const reason = timeout.signal.aborted
        ? `The receiver did not answer within ${this.#options.timeoutMs} ms.`
        : `The request to the receiver failed: ${describeFetchError(error)}.`;
      return this.#failed(event, webhook, null, reason, latencyMs);
    } finally {
      clearTimeout(timer);
      stopSignal.removeEventListener('abort', onStop);
    }
  }

  #failed(
    event: WebhookEventRecord,
    webhook: WebhookRecord,
    statusCode: number | null,
    error: string,
    latencyMs: number,
  ): AttemptResult {
    const attempts = event.attempts + 1;
    const exhausted = attempts >= webhook.maxAttempts;
    return {
      status: exhausted ? 'failed' : 'pending',
      attempted: true,
      statusCode,
      error,
      latencyMs,
      nextAttemptAt: exhausted
        ? null
        : Date.now() + retryDelayMs(attempts, this.#options.retryBaseMs),
      deliveredTime: null,
    };
  }

  #logOutcome(event: WebhookEventRecord, result: AttemptResult): void {
    const fields = {
      eventId: event.id,
      eventType: event.type,
      organisationCode: event.organisationCode,
      attempt: event.attempts + (result.attempted ? 1 : 0),
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
    };
    if (result.status === 'delivered') {
      this.#logger.info(fields, 'webhook event delivered');
    } else if (result.status === 'pending') {
      const nextAttemptAt = new Date(result.nextAttemptAt ?? 0).toISOString();
      this.#logger.warn(
        { ...fields, error: result.error, nextAttemptAt },
        'webhook attempt failed; retry scheduled',
      );
    } else {
      this.#logger.error({ ...fields, error: result.error }, 'webhook event failed');
    }
  }
}

function requestHeaders(event: WebhookEventRecord, webhook: WebhookRecord): Headers {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    'VDX-Event-Id': event.id,
    'VDX-Event-Type': event.type,
    'VDX-Signature': signatureHeader(event.body, webhook.secret, Math.floor(Date.now() / 1000)),
  });
  if (webhook.endpointKey !== null) headers.set('VDX-Webhook-Key', webhook.endpointKey);
  return headers;
}

function delivered(statusCode: number, latencyMs: number): AttemptResult {
  return {
    status: 'delivered',
    attempted: true,
    statusCode,
    error: null,
    latencyMs,
    nextAttemptAt: null,
    deliveredTime: new Date().toISOString(),
  };
}

/** Builds the result for an event whose webhook was removed after the event was raised. */
function withoutWebhook(event: WebhookEventRecord): AttemptResult {
  return {
    status: 'failed',
    attempted: false,
    statusCode: null,
    error: `Organisation ${event.organisationCode} has no webhook any more, so nothing was sent.`,
    latencyMs: 0,
    nextAttemptAt: null,
    deliveredTime: null,
  };
}

function rejection(status: number): string {
  const reason = STATUS_CODES[status] ?? 'Unknown Status';
  if (status >= 300 && status < 400) {
    return `The receiver answered ${status} ${reason}; redirects are not followed.`;
  }
  return `The receiver answered ${status} ${reason}.`;
}

function elapsedMs(started: number): number {
  return Math.max(0, Math.round(performance.now() - started));
}

/** Returns the low-level reason of a fetch failure, such as `connect ECONNREFUSED 127.0.0.1:9`. */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return error.message;
}
