/**
 * The rules of VideoAPI meetings and participants, with the reference server's codes and
 * messages: who may act on a meeting, organisers, times, PINs and participants.
 */
import type { components } from '@vdx/sdk/types';
import type { Principal } from './auth.js';
import type { MockContext } from './operation-types.js';
import { ApiProblem } from './problems.js';
import { randomString, randomUuid } from './random.js';
import type {
  MeetingTouch,
  MeetingUserRef,
  StoredMeeting,
  StoredParticipant,
} from './state/meeting-store.js';

type Schemas = components['schemas'];

/** A participant as a request sends it. */
export type ParticipantCreate = Schemas['ParticipantCreate'];

/** The caller of a meeting operation. */
export interface MeetingCaller {
  organisationCode: string;
  /** The e-mail of the caller's OAuth client, which the realm sends as `dk:medcom:email`. */
  email: string;
  /** Whether the caller is a `meeting-planner` or `meeting-admin`, not only a `meeting-user`. */
  canPlan: boolean;
}

/** The SIP domain of the rooms that the mock assigns, the same as the reference server's. */
export const ROOM_DOMAIN = 'video.vdx.test';

const SHORT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const E164_PHONE = /^\+[1-9][0-9]{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Returns whether two e-mail addresses are equal, ignoring case. */
export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Returns the caller of a meeting operation, which only clients reach (devices lack the roles). */
export function meetingCaller(mock: MockContext, principal: Principal): MeetingCaller {
  const clientId = principal.kind === 'client' ? principal.clientId : principal.deviceId;
  return {
    organisationCode: principal.organisationCode,
    email: mock.state.directory.getClient(clientId)?.email ?? clientId,
    canPlan: principal.roles.some((role) => role === 'meeting-planner' || role === 'meeting-admin'),
  };
}

/** Returns who changes a meeting now. */
export function touchBy(mock: MockContext, caller: MeetingCaller): MeetingTouch {
  return {
    updatedBy: { organisationCode: caller.organisationCode, email: caller.email },
    updatedTime: mock.state.now().toISOString(),
  };
}

/** Creates the 404 problem with code 4001 for a meeting that is missing or outside the subtree. */
export function meetingNotFound(uuid: string): ApiProblem {
  return new ApiProblem(404, 4001, `Meeting ${uuid} not found.`);
}

/**
 * Returns a meeting of the caller's subtree that the caller may read and change.
 *
 * @throws {ApiProblem} 404 with 4001 when it is missing or outside the subtree, 403 with 3004
 *   when a `meeting-user` does not organise it.
 */
export function findManaged(
  mock: MockContext,
  principal: Principal,
  uuid: string,
): { meeting: StoredMeeting; caller: MeetingCaller } {
  const meeting = mock.state.videoMeetings.get(uuid);
  const { directory } = mock.state;
  if (
    !meeting ||
    !directory.isInSubtree(principal.organisationCode, meeting.ownerOrganisationCode)
  ) {
    throw meetingNotFound(uuid);
  }
  const caller = meetingCaller(mock, principal);
  if (!caller.canPlan && !sameEmail(meeting.organizedBy.email, caller.email)) {
    throw new ApiProblem(
      403,
      3004,
      `A meeting-user may act only on meetings it organises; this meeting is organised by ${meeting.organizedBy.email}. Ask its organiser or a meeting-planner.`,
    );
  }
  return { meeting, caller };
}

/**
 * Returns the organiser for `email`: the caller itself when it is absent or the caller's own.
 *
 * @throws {ApiProblem} 403 with 3004 when a `meeting-user` names someone else, 400 with 1001
 *   when the e-mail is no user of the caller's subtree.
 */
export function resolveOrganizer(
  mock: MockContext,
  caller: MeetingCaller,
  email: string | undefined,
): MeetingUserRef {
  if (email === undefined || sameEmail(email, caller.email)) {
    return { organisationCode: caller.organisationCode, email: caller.email };
  }
  if (!caller.canPlan) {
    throw new ApiProblem(
      403,
      3004,
      `/organizedByEmail: a meeting-user may organise only its own meetings; send ${caller.email} or leave organizedByEmail out.`,
    );
  }
  const user = mock.state.directory.getUser(email);
  if (!user || !mock.state.directory.isInSubtree(caller.organisationCode, user.organisationCode)) {
    throw new ApiProblem(
      400,
      1001,
      `/organizedByEmail: no user with e-mail ${email} exists in organisation ${caller.organisationCode} or below. Find users with GET /appointments/v1/directory/users.`,
    );
  }
  return { organisationCode: user.organisationCode, email: user.email };
}

function parseBodyTime(field: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new ApiProblem(
      400,
      1001,
      `/${field}: "${value}" is not a date-time this server can read; send RFC 3339 with an offset, such as 2026-12-07T10:00:00+01:00.`,
    );
  }
  return ms;
}

/**
 * Checks a meeting's start and end.
 *
 * @throws {ApiProblem} 400 with 1001 for a time that `Date` cannot read, 400 with 1006 when the
 *   end is not after the start.
 */
export function checkMeetingTimes(startTime: string, endTime: string): void {
  if (parseBodyTime('endTime', endTime) <= parseBodyTime('startTime', startTime)) {
    throw new ApiProblem(
      400,
      1006,
      `/endTime: ${endTime} is not after startTime ${startTime}. Send an end time after the start time.`,
    );
  }
}

/**
 * Parses the two ends of a start-time range given as query parameters, each a `[name, value]`
 * pair. Either end may be missing.
 *
 * @throws {ApiProblem} 400 with 1003 for a value that `Date` cannot read, 400 with 1006 when the
 *   range's start is after its end.
 */
export function parseStartRange(
  [fromName, from]: [string, string | undefined],
  [toName, to]: [string, string | undefined],
): { fromMs?: number; toMs?: number } {
  const fromMs = from === undefined ? undefined : parseQueryTime(fromName, from);
  const toMs = to === undefined ? undefined : parseQueryTime(toName, to);
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
    throw new ApiProblem(
      400,
      1006,
      `/${toName}: ${to} is before ${fromName} ${from}; send a ${fromName} that is not after ${toName}.`,
    );
  }
  return { fromMs, toMs };
}

function parseQueryTime(name: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new ApiProblem(
      400,
      1003,
      `/${name}: "${value}" is not a date-time this server can read; send RFC 3339 with an offset, such as 2026-12-07T00:00:00+01:00.`,
    );
  }
  return ms;
}

/** Returns a random six-digit PIN different from each of `avoid`. */
function generatePin(...avoid: (number | undefined)[]): number {
  for (;;) {
    const pin = 100_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 900_000);
    if (!avoid.includes(pin)) return pin;
  }
}

/**
 * Returns the guest and host PINs: the given ones, and random ones for those left out.
 *
 * @throws {ApiProblem} 400 with 1006 when both are given and equal.
 */
export function choosePins(
  guestPin: number | undefined,
  hostPin: number | undefined,
): { guestPin: number; hostPin: number } {
  if (guestPin !== undefined && guestPin === hostPin) {
    throw new ApiProblem(
      400,
      1006,
      `/hostPin: ${hostPin} equals guestPin; send a host PIN different from the guest PIN, or leave it out to get a random one.`,
    );
  }
  const guest = guestPin ?? generatePin(hostPin);
  return { guestPin: guest, hostPin: hostPin ?? generatePin(guest) };
}

/** Generates a room whose short id and address no meeting of the mock has. */
export function generateRoom(mock: MockContext): {
  shortId: string;
  uriWithDomain: string;
  uriWithoutDomain: string;
} {
  for (;;) {
    const digits = String(1_000_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 9_000_000));
    const uriWithDomain = `${digits}@${ROOM_DOMAIN}`;
    const shortId = randomString(12, SHORT_ID_ALPHABET);
    if (!mock.state.videoMeetings.roomExists(shortId, uriWithDomain)) {
      return { shortId, uriWithDomain, uriWithoutDomain: digits };
    }
  }
}

/**
 * Checks that a participant of `organisationCode` (null for a citizen) may have `role` in a
 * meeting owned by `ownerCode`.
 *
 * @throws {ApiProblem} 400 with 3003 for `HOST` on a citizen or outside the owner's subtree.
 */
export function checkRole(
  mock: MockContext,
  participant: Pick<StoredParticipant, 'type' | 'externalId' | 'organisationCode'>,
  role: StoredParticipant['role'],
  ownerCode: string,
  pointer: string,
): void {
  if (role !== 'HOST') return;
  const { type, externalId, organisationCode } = participant;
  if (type === 'CITIZEN' || organisationCode === null) {
    throw new ApiProblem(400, 3003, `${pointer}: a CITIZEN can only be invited as GUEST.`);
  }
  if (!mock.state.directory.isInSubtree(ownerCode, organisationCode)) {
    const who =
      type === 'ORGANISATION' ? externalId : `${type} ${externalId} of ${organisationCode}`;
    throw new ApiProblem(
      400,
      3003,
      `${pointer}: ${who} is outside the owner organisation's subtree and can only be invited as GUEST.`,
    );
  }
}

function notInVdx(at: string, what: string, search: string): ApiProblem {
  return new ApiProblem(
    400,
    4004,
    `${at}/externalId: no ${what} exists in VDX. Find ${search} with GET /appointments/v1/directory/${search}.`,
  );
}

function identifyDevice(mock: MockContext, deviceId: string, at: string) {
  const device = mock.state.devices.get(deviceId);
  if (!device) {
    throw notInVdx(at, `DEVICE with id ${deviceId}`, 'devices');
  }
  if (device.status !== 'active') {
    throw new ApiProblem(
      400,
      3003,
      `${at}/externalId: device ${deviceId} is disabled and cannot be invited. Enable it or invite another device.`,
    );
  }
  return { externalId: device.id, organisationCode: device.organisationCode };
}

function citizenContact(mock: MockContext, contact: string, at: string): string {
  if (E164_PHONE.test(contact)) return contact;
  if (!EMAIL.test(contact)) {
    throw new ApiProblem(
      400,
      1001,
      `${at}/externalId: "${contact}" is neither an e-mail address nor a phone number in E.164 form such as +4512345678.`,
    );
  }
  if (mock.state.directory.getUser(contact)) {
    throw new ApiProblem(
      400,
      1001,
      `${at}/externalId: ${contact} is a VDX user, not a citizen. Invite it with type USER.`,
    );
  }
  return contact.toLowerCase();
}

/** Finds the participant in VDX and returns its stored id and organisation. */
function identify(
  mock: MockContext,
  participant: ParticipantCreate,
  at: string,
): { externalId: string; organisationCode: string | null } {
  const { externalId } = participant;
  switch (participant.type) {
    case 'ORGANISATION':
      if (!mock.state.directory.getOrganisation(externalId)) {
        throw notInVdx(at, `ORGANISATION with code ${externalId}`, 'organisations');
      }
      return { externalId, organisationCode: externalId };
    case 'USER': {
      const user = mock.state.directory.getUser(externalId);
      if (!user) {
        throw notInVdx(at, `USER with e-mail ${externalId}`, 'users');
      }
      return { externalId: user.email.toLowerCase(), organisationCode: user.organisationCode };
    }
    case 'DEVICE':
      return identifyDevice(mock, externalId.toLowerCase(), at);
    case 'CITIZEN':
      return { externalId: citizenContact(mock, externalId, at), organisationCode: null };
  }
}

function resolveParticipant(
  mock: MockContext,
  participant: ParticipantCreate,
  ownerCode: string,
  at: string,
): StoredParticipant {
  if (participant.type !== 'CITIZEN' && participant.name !== undefined) {
    throw new ApiProblem(400, 1001, `${at}/name: is only allowed for CITIZEN participants.`);
  }
  const { externalId, organisationCode } = identify(mock, participant, at);
  if (participant.organisation !== undefined && participant.organisation !== organisationCode) {
    const expected = organisationCode ?? 'no organisation';
    throw new ApiProblem(
      400,
      1001,
      `${at}/organisation: ${participant.organisation} does not match the participant's organisation (${expected}). Leave organisation out; the server derives it.`,
    );
  }
  const resolved = { type: participant.type, externalId, organisationCode };
  checkRole(mock, resolved, participant.role, ownerCode, `${at}/role`);
  return {
    uuid: randomUuid(),
    ...resolved,
    role: participant.role,
    name: participant.name ?? null,
  };
}

/**
 * Resolves every participant of a request, in order, for a meeting owned by `ownerCode`.
 * `pointer` is the JSON pointer of the list in the request body (`/participants` or empty).
 *
 * @throws {ApiProblem} 400 with 1001, 4004 or 3003 for an entry that breaks a rule, 409 with
 *   5003 for an entry sent twice.
 */
export function resolveParticipants(
  mock: MockContext,
  participants: readonly ParticipantCreate[],
  ownerCode: string,
  pointer: string,
): StoredParticipant[] {
  const resolved: StoredParticipant[] = [];
  const seen = new Set<string>();
  for (const [index, participant] of participants.entries()) {
    const at = `${pointer}/${index}`;
    const next = resolveParticipant(mock, participant, ownerCode, at);
    const key = `${next.type} ${next.externalId}`;
    if (seen.has(key)) {
      throw new ApiProblem(
        409,
        5003,
        `${at}: ${next.type} ${next.externalId} appears more than once in the request. Send each participant once.`,
      );
    }
    seen.add(key);
    resolved.push(next);
  }
  return resolved;
}
