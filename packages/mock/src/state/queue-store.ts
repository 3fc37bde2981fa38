/**
 * Per-device FIFO queues with consume-on-read semantics.
 */
import { randomUuid } from '../random.js';

/** The fields that the mock adds to every queued item. */
export interface QueuedItemFields {
  id: string;
  deviceId: string;
  enqueuedTime: string;
}

/** One FIFO queue per device, holding items of type `Item`. */
export class QueueStore<Item extends QueuedItemFields> {
  readonly #now: () => Date;
  #queues = new Map<string, Item[]>();

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** Empties every queue. */
  reset(): void {
    this.#queues = new Map();
  }

  /** Appends an item to the end of the device's queue and returns it as stored. */
  enqueue(deviceId: string, fields: Omit<Item, keyof QueuedItemFields>): Item {
    const item = {
      ...fields,
      id: randomUuid(),
      deviceId,
      enqueuedTime: this.#now().toISOString(),
    } as Item;
    const queue = this.#queues.get(deviceId) ?? [];
    queue.push(item);
    this.#queues.set(deviceId, queue);
    return structuredClone(item);
  }

  /** Removes and returns the oldest item of the device's queue, or `undefined` when it is empty. */
  takeNext(deviceId: string): Item | undefined {
    return this.#queues.get(deviceId)?.shift();
  }

  /** Lists copies of the device's queued items, oldest first, without removing them. */
  list(deviceId: string): Item[] {
    return structuredClone(this.#queues.get(deviceId) ?? []);
  }

  /** Empties the device's queue and returns how many items it removed. */
  clear(deviceId: string): number {
    const removed = this.#queues.get(deviceId)?.length ?? 0;
    this.#queues.delete(deviceId);
    return removed;
  }
}
