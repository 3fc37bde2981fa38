import { randomInt } from 'node:crypto';
import type { MeetingStore } from '../store/meeting-store.js';
import { randomString } from './secrets.js';

/** The SIP domain of the rooms the reference server assigns; `.test` is reserved (RFC 2606). */
export const ROOM_DOMAIN = 'video.vdx.test';

/** Characters of a short id: lower-case letters and digits, safe in a URL path. */
const SHORT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SHORT_ID_LENGTH = 12;

/** PINs have six digits, inside the spec's `MeetingPin` range of 1000 to 999999999. */
const PIN_MIN = 100_000;
const PIN_MAX_EXCLUSIVE = 1_000_000;

/** Attempts at an unused room before giving up. */
const ROOM_ATTEMPTS = 10;

/** The generated short id and address of a meeting's virtual room. */
export interface MeetingRoom {
  shortId: string;
  uriWithDomain: string;
  uriWithoutDomain: string;
}

/** Returns a random six-digit PIN different from each of `avoid`. */
export function generatePin(...avoid: (number | undefined)[]): number {
  for (;;) {
    const pin = randomInt(PIN_MIN, PIN_MAX_EXCLUSIVE);
    if (!avoid.includes(pin)) return pin;
  }
}

/** Returns the link that opens the room in the browser client. */
export function portalLink(publicUrl: string, uriWithDomain: string, guestPin: number): string {
  const query = new URLSearchParams({ url: uriWithDomain, pin: String(guestPin) });
  return `${publicUrl}/portal/?${query}`;
}

/**
 * Generates a room whose short id and address no meeting has.
 *
 * The check and the insert are separate steps, so the unique indexes on `short_id` and
 * `uri_with_domain` remain the final guard. With 36^12 short ids and 9,000,000 addresses, a clash
 * is unlikely until millions of meetings exist (an estimate from the birthday bound).
 */
export async function generateRoom(store: MeetingStore): Promise<MeetingRoom> {
  for (let attempt = 0; attempt < ROOM_ATTEMPTS; attempt += 1) {
    const digits = String(randomInt(1_000_000, 10_000_000));
    const uriWithDomain = `${digits}@${ROOM_DOMAIN}`;
    const shortId = randomString(SHORT_ID_LENGTH, SHORT_ID_ALPHABET);
    if (!(await store.roomExists(shortId, uriWithDomain))) {
      return { shortId, uriWithDomain, uriWithoutDomain: digits };
    }
  }
  throw new Error(`No unused meeting room found after ${ROOM_ATTEMPTS} attempts.`);
}
