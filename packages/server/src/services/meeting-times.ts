import { ApiError } from '../errors.js';
import type { MeetingDetails, MeetingRecord } from '../store/meeting-store.js';

/** A meeting's start and end, with the start in milliseconds for sorting. */
export interface MeetingTimes {
  startTime: string;
  startMs: number;
  endTime: string;
}

/**
 * Checks a meeting's start and end.
 *
 * @throws {ApiError} 1001 for a time that `Date` cannot read (Ajv's `date-time` format accepts
 *   leap seconds such as `23:59:60`, which `Date` rejects), 1006 when the end is not after the
 *   start.
 */
export function parseMeetingTimes(startTime: string, endTime: string): MeetingTimes {
  const startMs = parseBodyTime('startTime', startTime);
  const endMs = parseBodyTime('endTime', endTime);
  if (endMs <= startMs) {
    throw new ApiError(
      1006,
      `/endTime: ${endTime} is not after startTime ${startTime}. Send an end time after the start time.`,
    );
  }
  return { startTime, startMs, endTime };
}

function parseBodyTime(field: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new ApiError(
      1001,
      `/${field}: "${value}" is not a date-time this server can read; send RFC 3339 with an offset, such as 2026-12-07T10:00:00+01:00.`,
    );
  }
  return ms;
}

/** Returns the names of the meeting fields whose values differ between `before` and `after`. */
export function changedFields(before: MeetingRecord, after: MeetingDetails): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['subject', before.subject, after.subject],
    ['description', before.description, after.description],
    ['startTime', before.startTime, after.startTime],
    ['endTime', before.endTime, after.endTime],
    ['projectCode', before.projectCode, after.projectCode],
    ['organizedBy', before.organizedBy, after.organizedBy],
    ['labels', before.labels, after.labels],
    ['guestPinRequired', before.guestPinRequired, after.guestPinRequired],
    ['guestPin', before.guestPin, after.guestPin],
    ['hostPin', before.hostPin, after.hostPin],
  ];
  return pairs
    .filter(([, old, next]) => JSON.stringify(old) !== JSON.stringify(next))
    .map(([name]) => name);
}
