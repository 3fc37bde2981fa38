/**
 * The in-memory state of one mock: the demo realm, devices, queues, tokens and idempotency keys.
 */
import type { QueuedMeeting, QueuedMessage } from '@vdx/sdk/types';
import { DeviceStore } from './device-store.js';
import { Directory } from './directory.js';
import { IdempotencyStore } from './idempotency-store.js';
import { QueueStore } from './queue-store.js';
import { TokenStore } from './token-store.js';

/**
 * The state behind a mock's handlers. Tests may read it and change it directly, for example to
 * enqueue a meeting without a request.
 */
export class MockState {
  /** The clock that the mock reads for timestamps and token expiry. */
  readonly now: () => Date;
  /** The demo organisation tree and OAuth clients (not changed by the API). */
  readonly directory = new Directory();
  /** The registered devices, seeded from the demo devices. */
  readonly devices: DeviceStore;
  /** Each device's meeting queue. */
  readonly meetings: QueueStore<QueuedMeeting>;
  /** Each device's message queue. */
  readonly messages: QueueStore<QueuedMessage>;
  /** The access and refresh tokens issued so far. */
  readonly tokens = new TokenStore();
  /** The responses remembered for `Idempotency-Key` replays. */
  readonly idempotency: IdempotencyStore;

  constructor(now: () => Date) {
    this.now = now;
    this.devices = new DeviceStore(now);
    this.meetings = new QueueStore(now);
    this.messages = new QueueStore(now);
    this.idempotency = new IdempotencyStore(now);
  }

  /**
   * Restores the seed: the demo devices without passwords, empty queues, no login links and no
   * idempotency keys. Issued tokens stay valid, so a client that cached one keeps working, but
   * the tokens of devices that no longer exist stop working.
   */
  reset(): void {
    this.devices.reset();
    this.meetings.reset();
    this.messages.reset();
    this.idempotency.reset();
  }
}
