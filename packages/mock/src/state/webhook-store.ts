/**
 * Each organisation's webhook and the log of the events raised for webhooks, in memory.
 *
 * NOTE: the mock never sends an HTTP request to a webhook. Events stay `pending` with no
 * attempt until the webhook is removed (then `failed`), or until a test marks them with
 * `markDelivered()` or `markFailed()`. Test receivers with the reference server instead.
 */
import type { components } from '@vdx/sdk/types';
import { randomString, randomUuid } from '../random.js';

type Schemas = components['schemas'];

/** The type of a webhook event. */
export type WebhookEventType = Schemas['WebhookEventType'];

/** A webhook as the mock stores it, with its signing secret. */
export interface StoredWebhook {
  config: Schemas['WebhookConfig'];
  secret: string;
}

/** An event raised for a webhook, with the body that a delivery would send. */
export interface StoredWebhookEvent {
  sequence: number;
  /** The organisation whose webhook receives the event. */
  organisationCode: string;
  delivery: Schemas['WebhookDelivery'];
  body: {
    id: string;
    type: WebhookEventType;
    occurredAt: string;
    organisationCode: string;
    data: unknown;
  };
}

/** The reference server's default number of delivery attempts per event. */
export const DEFAULT_MAX_ATTEMPTS = 10;

/** The reference server's default limit of test events per organisation and minute. */
export const TEST_EVENTS_PER_MINUTE = 10;

const TEST_WINDOW_MS = 60_000;

/** The webhook configurations and delivery log of the mock. */
export class WebhookStore {
  readonly #now: () => Date;
  #webhooks = new Map<string, StoredWebhook>();
  #events: StoredWebhookEvent[] = [];
  #recentTests = new Map<string, number[]>();
  #sequence = 0;

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** Removes every webhook, event and counted test event. */
  reset(): void {
    this.#webhooks = new Map();
    this.#events = [];
    this.#recentTests = new Map();
  }

  /**
   * Counts a test event of the organisation. Returns `undefined` when it is within
   * {@link TEST_EVENTS_PER_MINUTE} per minute, or else the seconds until the next one is allowed
   * (and then counts nothing).
   */
  countTestEvent(organisationCode: string): number | undefined {
    const now = this.#now().getTime();
    const recent = (this.#recentTests.get(organisationCode) ?? []).filter(
      (time) => time > now - TEST_WINDOW_MS,
    );
    if (recent.length >= TEST_EVENTS_PER_MINUTE) {
      const oldest = recent[0] ?? now;
      return Math.max(1, Math.ceil((oldest + TEST_WINDOW_MS - now) / 1000));
    }
    recent.push(now);
    this.#recentTests.set(organisationCode, recent);
    return undefined;
  }

  /** Returns a copy of the organisation's own webhook, or `undefined`. */
  get(organisationCode: string): StoredWebhook | undefined {
    const stored = this.#webhooks.get(organisationCode);
    return stored && structuredClone(stored);
  }

  /**
   * Creates or replaces the organisation's webhook, keeping the creation time of a replaced one.
   * Generates a secret when `input.secret` is omitted.
   */
  put(
    organisationCode: string,
    input: Schemas['WebhookSet'],
  ): { config: Schemas['WebhookConfig']; secret: string } {
    const time = this.#now().toISOString();
    const previous = this.#webhooks.get(organisationCode);
    const secret = input.secret ?? randomString(32);
    const config: Schemas['WebhookConfig'] = {
      organisationCode,
      url: input.url,
      deviceWebhookEndpoint: input.url,
      deviceWebhookEndpointKey: input.deviceWebhookEndpointKey ?? null,
      maxAttempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      createdTime: previous?.config.createdTime ?? time,
      updatedTime: time,
    };
    this.#webhooks.set(organisationCode, { config, secret });
    return { config: { ...config }, secret };
  }

  /**
   * Removes the organisation's webhook and marks its pending events failed. Returns whether it
   * had one.
   */
  remove(organisationCode: string): boolean {
    if (!this.#webhooks.delete(organisationCode)) {
      return false;
    }
    const reason = `The webhook of ${organisationCode} was removed before the event was delivered.`;
    for (const event of this.#events) {
      if (event.organisationCode === organisationCode && event.delivery.status === 'pending') {
        this.#fail(event, reason);
      }
    }
    return true;
  }

  /**
   * Returns the organisation whose webhook receives events of `organisationCode`: its own, or
   * that of its nearest ancestor with one, by the parent lookup `parentOf`.
   */
  receiverOf(
    organisationCode: string,
    parentOf: (code: string) => string | null | undefined,
  ): string | undefined {
    const visited = new Set<string>();
    let current: string | null | undefined = organisationCode;
    while (current && !visited.has(current)) {
      visited.add(current);
      if (this.#webhooks.has(current)) return current;
      current = parentOf(current);
    }
    return undefined;
  }

  /** Raises a pending event for the webhook of `receiver` and returns a copy of it. */
  raise(receiver: string, type: WebhookEventType, data: unknown): StoredWebhookEvent {
    const id = randomUuid();
    const occurredAt = this.#now().toISOString();
    this.#sequence += 1;
    const event: StoredWebhookEvent = {
      sequence: this.#sequence,
      organisationCode: receiver,
      body: { id, type, occurredAt, organisationCode: receiver, data },
      delivery: {
        eventId: id,
        eventType: type,
        status: 'pending',
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        latencyMs: null,
        nextAttemptAt: occurredAt,
        createdTime: occurredAt,
        deliveredTime: null,
      },
    };
    this.#events.push(event);
    return structuredClone(event);
  }

  /** Lists copies of the events raised for the organisation's webhook, newest first. */
  listEvents(organisationCode: string): StoredWebhookEvent[] {
    return structuredClone(
      this.#events.filter((event) => event.organisationCode === organisationCode).reverse(),
    );
  }

  /**
   * Records a successful delivery of a pending event, as if the receiver responded with `statusCode`.
   * Returns whether a pending event with this id existed.
   */
  markDelivered(eventId: string, statusCode = 204): boolean {
    const event = this.#pending(eventId);
    if (!event) return false;
    const time = this.#now().toISOString();
    Object.assign(event.delivery, {
      status: 'delivered',
      attempts: event.delivery.attempts + 1,
      lastStatusCode: statusCode,
      lastError: null,
      latencyMs: 0,
      nextAttemptAt: null,
      deliveredTime: time,
    });
    return true;
  }

  /**
   * Marks a pending event failed with the reason `lastError`. Returns whether a pending event
   * with this id existed.
   */
  markFailed(eventId: string, lastError: string): boolean {
    const event = this.#pending(eventId);
    if (!event) return false;
    this.#fail(event, lastError);
    return true;
  }

  #pending(eventId: string): StoredWebhookEvent | undefined {
    return this.#events.find(
      (event) => event.delivery.eventId === eventId && event.delivery.status === 'pending',
    );
  }

  #fail(event: StoredWebhookEvent, reason: string): void {
    Object.assign(event.delivery, { status: 'failed', lastError: reason, nextAttemptAt: null });
  }
}
