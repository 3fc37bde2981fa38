/**
 * The AppointmentLog: each OAuth client's notifications about the meetings that its subtree
 * takes part in, consumed on read.
 */
import type { components } from '@vdx/sdk/types';
import { randomUuid } from '../random.js';
import type { MeetingChangeKind } from './meeting-store.js';

type LogEntry = components['schemas']['AppointmentLogEntry'];
type LogChange = components['schemas']['AppointmentLogChange'];

/** The reference server's default and maximum number of entries that one take returns. */
export const DEFAULT_LOG_LIMIT = 1000;

/**
 * Returns the entry kind of each affected client, the same as the reference server writes:
 * `before` and `after` are the clients that the meeting involved before and after the change.
 * Every client gets one entry per change.
 */
export function logChanges(
  kind: MeetingChangeKind,
  before: readonly string[],
  after: readonly string[],
): [clientId: string, change: LogChange][] {
  if (kind === 'created') return after.map((client) => [client, 'created']);
  if (kind === 'deleted') return before.map((client) => [client, 'deleted']);
  const all = [...new Set([...before, ...after])].sort();
  if (kind === 'details') return all.map((client) => [client, 'updated']);
  return all.map((client) => {
    if (!before.includes(client)) return [client, 'created'];
    if (!after.includes(client)) return [client, 'uninvited'];
    return [client, 'participants-changed'];
  });
}

/** Each client's unread log entries, oldest first. */
export class AppointmentLog {
  #unread = new Map<string, LogEntry[]>();

  /** Removes every entry. */
  reset(): void {
    this.#unread = new Map();
  }

  /** Appends an entry to the client's log. */
  append(clientId: string, entry: Omit<LogEntry, 'id'>): void {
    const entries = this.#unread.get(clientId) ?? [];
    entries.push({ id: randomUuid(), ...structuredClone(entry) });
    this.#unread.set(clientId, entries);
  }

  /** Removes and returns the client's oldest unread entries, at most `limit`. */
  take(clientId: string, limit = DEFAULT_LOG_LIMIT): { items: LogEntry[]; hasMore: boolean } {
    const entries = this.#unread.get(clientId) ?? [];
    const items = entries.splice(0, limit);
    return { items, hasMore: entries.length > 0 };
  }

  /** Lists copies of the client's unread entries without consuming them. */
  peek(clientId: string): LogEntry[] {
    return structuredClone(this.#unread.get(clientId) ?? []);
  }
}
