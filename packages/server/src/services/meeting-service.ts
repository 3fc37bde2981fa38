import { randomUUID } from 'node:crypto';
import type { components, operations } from '@vdx/sdk/types';
import type { ServerConfig } from '../config.js';
import { ApiError } from '../errors.js';
import {
  ExternalIdTakenError,
  type MeetingDetails,
  type MeetingRecord,
  type MeetingStore,
  type MeetingTouch,
  type MeetingUserRef,
  type NewMeeting,
  type NewParticipant,
} from '../store/meeting-store.js';
import type { Store } from '../store/store.js';
import { type MeetingCaller, meetingCaller, sameEmail } from './meeting-caller.js';
import { generatePin, generateRoom } from './meeting-room.js';
import { changedFields, parseMeetingTimes } from './meeting-times.js';
import { type Meeting, toMeeting } from './meeting-view.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import type { ParticipantRules } from './participant-rules.js';
import type { Principal } from './principal.js';

type Schemas = components['schemas'];

/** Query of the VideoAPI meeting search, after validation against the spec. */
export type MeetingSearchQuery = NonNullable<operations['searchMeetings']['parameters']['query']>;

/** The filters of the meeting search, in the order MedCom's service applies them. */
const SEARCH_FILTERS = [
  'short-id',
  'label',
  'subject',
  'organizedBy',
  'search',
  'from-start-time',
] as const;

/** A meeting with the caller who may change it. */
export interface ManagedMeeting {
  meeting: MeetingRecord;
  caller: MeetingCaller;
}

/**
 * VideoAPI meetings: CRUD for the owner organisation's subtree, with the per-role rules of the
 * spec (a `meeting-user` acts only on the meetings it organises).
 */
export class MeetingService {
  constructor(
    private readonly store: Store,
    private readonly meetings: MeetingStore,
    private readonly directory: OrganisationDirectory,
    private readonly participants: ParticipantRules,
    private readonly config: ServerConfig,
  ) {}

  /**
   * Creates a meeting owned by the caller's organisation, with its room and participants.
   *
   * @throws {ApiError} 1001, 1006, 3003, 3004, 4004 or 5003 for a body that breaks a rule, and
   *   5001 for an `externalId` that another meeting of the organisation has.
   */
  async create(principal: Principal, body: Schemas['MeetingCreate']): Promise<Meeting> {
    const caller = await meetingCaller(this.store, principal);
    const owner = caller.organisationCode;
    const times = parseMeetingTimes(body.startTime, body.endTime);
    const pins = choosePins(body.guestPin, body.hostPin);
    const organizedBy = await this.resolveOrganizer(caller, body.organizedByEmail);

    if (body.externalId !== undefined) {
      const existing = await this.meetings.getMeetingByExternalId(owner, body.externalId);
      if (existing) throw externalIdTaken(owner, body.externalId);
    }
    const participants = await this.participants.resolveAll(
      body.participants ?? [],
      owner,
      '/participants',
    );

    const room = await generateRoom(this.meetings);
    const now = new Date().toISOString();
    const createdBy = { organisationCode: owner, email: caller.email };
    const record = await this.#insert(
      {
        uuid: randomUUID(),
        ownerOrganisationCode: owner,
        subject: body.subject,
        description: body.description ?? null,
        ...times,
        projectCode: body.projectCode ?? null,
        externalId: body.externalId ?? null,
        organizedBy,
        createdBy,
        updatedBy: null,
        createdTime: now,
        updatedTime: now,
        labels: body.labels ?? [],
        guestPinRequired: body.guestPinRequired ?? false,
        ...room,
        ...pins,
      },
      participants,
    );
    return toMeeting(record, participants.length, this.config.publicUrl);
  }

  async #insert(meeting: NewMeeting, participants: NewParticipant[]): Promise<MeetingRecord> {
    try {
      return await this.meetings.createMeeting(meeting, participants);
    } catch (error) {
      if (error instanceof ExternalIdTakenError) {
        throw externalIdTaken(error.ownerOrganisationCode, error.externalId);
      }
      throw error;
    }
  }

  /** Returns one meeting that the caller may read. */
  async get(principal: Principal, uuid: string): Promise<Meeting> {
    const { meeting } = await this.findManaged(principal, uuid);
    return this.#view(meeting);
  }

  /**
   * Searches the meetings owned by the caller's subtree. A `meeting-user` gets only the meetings
   * it organises.
   *
   * @throws {ApiError} 1003 without a filter, or with only one end of the time range, and 1006
   *   when `from-start-time` is after `to-start-time`.
   */
  async search(principal: Principal, query: MeetingSearchQuery): Promise<Meeting[]> {
    const range = parseSearchRange(query);
    const caller = await meetingCaller(this.store, principal);
    let organizedByEmail = query.organizedBy?.toLowerCase();
    if (!caller.canPlan) {
      if (organizedByEmail !== undefined && !sameEmail(organizedByEmail, caller.email)) return [];
      organizedByEmail = caller.email.toLowerCase();
    }
    const records = await this.meetings.searchMeetings({
      ownerCodes: this.directory.subtreeCodes(caller.organisationCode),
      organizedByEmail,
      subject: query.subject?.toLowerCase(),
      text: query.search?.toLowerCase(),
      label: query.label,
      shortId: query['short-id'],
      ...range,
    });
    const counts = await this.#participantCounts(records);
    return records.map((record) =>
      toMeeting(record, counts.get(record.uuid) ?? 0, this.config.publicUrl),
    );
  }

  /** Replaces a meeting's details (PUT): optional fields left out are cleared. */
  async replace(
    principal: Principal,
    uuid: string,
    body: Schemas['MeetingUpdate'],
  ): Promise<Meeting> {
    const { meeting, caller } = await this.findManaged(principal, uuid);
    const times = parseMeetingTimes(body.startTime, body.endTime);
    // The organiser is required on every meeting, so leaving it out keeps the current one
    // instead of clearing it.
    const organizedBy =
      body.organizedByEmail === undefined
        ? meeting.organizedBy
        : await this.resolveOrganizer(caller, body.organizedByEmail);
    const details: MeetingDetails = {
      subject: body.subject,
      description: body.description ?? null,
      ...times,
      projectCode: body.projectCode ?? null,
      organizedBy,
      labels: body.labels ?? [],
      guestPinRequired: meeting.guestPinRequired,
      guestPin: meeting.guestPin,
      hostPin: meeting.hostPin,
    };
    return this.#saveDetails(meeting, caller, details);
  }

  /** Changes the fields present in the body (PATCH); `null` clears an optional field. */
  async patch(principal: Principal, uuid: string, body: Schemas['MeetingPatch']): Promise<Meeting> {
    const { meeting, caller } = await this.findManaged(principal, uuid);
    const times = parseMeetingTimes(
      body.startTime ?? meeting.startTime,
      body.endTime ?? meeting.endTime,
    );
    const organizedBy =
      body.organizedByEmail === undefined
        ? meeting.organizedBy
        : await this.resolveOrganizer(caller, body.organizedByEmail);
    const pins = choosePins(body.guestPin ?? meeting.guestPin, body.hostPin ?? meeting.hostPin);
    const details: MeetingDetails = {
      subject: body.subject ?? meeting.subject,
      description: body.description === undefined ? meeting.description : body.description,
      ...times,
      projectCode: body.projectCode === undefined ? meeting.projectCode : body.projectCode,
      organizedBy,
      labels: body.labels === undefined ? meeting.labels : (body.labels ?? []),
      guestPinRequired: body.guestPinRequired ?? meeting.guestPinRequired,
      ...pins,
    };
    return this.#saveDetails(meeting, caller, details);
  }

  /** Deletes a meeting with its participants. */
  async delete(principal: Principal, uuid: string): Promise<void> {
    await this.findManaged(principal, uuid);
    if (!(await this.meetings.deleteMeeting(uuid, new Date().toISOString()))) {
      throw meetingNotFound(uuid);
    }
  }

  /**
   * Returns a meeting of the caller's subtree that the caller may read and change.
   *
   * @throws {ApiError} 4001 when it does not exist or lies outside the subtree, 3004 when a
   *   `meeting-user` does not organise it.
   */
  async findManaged(principal: Principal, uuid: string): Promise<ManagedMeeting> {
    const meeting = await this.meetings.getMeeting(uuid);
    if (
      !meeting ||
      !this.directory.isWithin(meeting.ownerOrganisationCode, principal.organisationCode)
    ) {
      throw meetingNotFound(uuid);
    }
    const caller = await meetingCaller(this.store, principal);
    if (!caller.canPlan && !sameEmail(meeting.organizedBy.email, caller.email)) {
      throw new ApiError(
        3004,
        `A meeting-user may act only on meetings it organises; this meeting is organised by ${meeting.organizedBy.email}. Ask its organiser or a meeting-planner.`,
      );
    }
    return { meeting, caller };
  }

  /**
   * Returns the organiser for `email`: the caller itself when it is absent or the caller's own.
   *
   * @throws {ApiError} 3004 when a `meeting-user` names someone else, 1001 when the e-mail is no
   *   user of the caller's subtree.
   */
  async resolveOrganizer(
    caller: MeetingCaller,
    email: string | undefined,
  ): Promise<MeetingUserRef> {
    if (email === undefined || sameEmail(email, caller.email)) {
      return { organisationCode: caller.organisationCode, email: caller.email };
    }
    if (!caller.canPlan) {
      throw new ApiError(
        3004,
        `/organizedByEmail: a meeting-user may organise only its own meetings; send ${caller.email} or leave organizedByEmail out.`,
      );
    }
    const user = await this.meetings.getUser(email);
    if (!user || !this.directory.isWithin(user.organisationCode, caller.organisationCode)) {
      throw new ApiError(
        1001,
        `/organizedByEmail: no user with e-mail ${email} exists in organisation ${caller.organisationCode} or below. Find users with GET /appointments/v1/directory/users.`,
      );
    }
    return { organisationCode: user.organisationCode, email: user.email };
  }

  /** Returns who changes a meeting now. */
  touch(caller: MeetingCaller): MeetingTouch {
    return {
      updatedBy: { organisationCode: caller.organisationCode, email: caller.email },
      updatedTime: new Date().toISOString(),
    };
  }

  async #saveDetails(
    meeting: MeetingRecord,
    caller: MeetingCaller,
    details: MeetingDetails,
  ): Promise<Meeting> {
    const fields = changedFields(meeting, details);
    const updated = await this.meetings.updateMeeting(
      meeting.uuid,
      details,
      this.touch(caller),
      fields,
    );
    if (!updated) throw meetingNotFound(meeting.uuid);
    return this.#view(updated);
  }

  async #view(meeting: MeetingRecord): Promise<Meeting> {
    const participants = await this.meetings.listParticipants(meeting.uuid);
    return toMeeting(meeting, participants.length, this.config.publicUrl);
  }

  async #participantCounts(records: readonly MeetingRecord[]): Promise<Map<string, number>> {
    const participants = await this.meetings.listParticipantsOf(records.map((r) => r.uuid));
    const counts = new Map<string, number>();
    for (const participant of participants) {
      counts.set(participant.meetingUuid, (counts.get(participant.meetingUuid) ?? 0) + 1);
    }
    return counts;
  }
}

function externalIdTaken(owner: string, externalId: string): ApiError {
  return new ApiError(
    5001,
    `/externalId: organisation ${owner} already has a meeting with externalId ${externalId}. Use another externalId or change that meeting.`,
  );
}

/** Returns the 404 error for a meeting that does not exist or lies outside the caller's subtree. */
export function meetingNotFound(uuid: string): ApiError {
  return new ApiError(4001, `Meeting ${uuid} not found.`);
}

/**
 * Returns the guest and host PINs: the given ones, and random ones for those left out.
 *
 * @throws {ApiError} 1006 when both are given and equal, because a guest could then join as host.
 */
function choosePins(
  guestPin: number | undefined,
  hostPin: number | undefined,
): { guestPin: number; hostPin: number } {
  if (guestPin !== undefined && guestPin === hostPin) {
    throw new ApiError(
      1006,
      `/hostPin: ${hostPin} equals guestPin; send a host PIN different from the guest PIN, or leave it out to get a random one.`,
    );
  }
  const guest = guestPin ?? generatePin(hostPin);
  return { guestPin: guest, hostPin: hostPin ?? generatePin(guest) };
}

/**
 * Returns the search's time range in milliseconds.
 *
 * @throws {ApiError} 1003 without any filter, or with only one end of the range, and 1006 when
 *   the range is reversed.
 */
function parseSearchRange(query: MeetingSearchQuery): { fromMs?: number; toMs?: number } {
  const from = query['from-start-time'];
  const to = query['to-start-time'];
  if (!SEARCH_FILTERS.some((name) => query[name] !== undefined) && to === undefined) {
    throw new ApiError(
      1003,
      'Give at least one filter: short-id, label, subject, organizedBy, search, or from-start-time with to-start-time.',
    );
  }
  if ((from === undefined) !== (to === undefined)) {
    const missing = from === undefined ? 'from-start-time' : 'to-start-time';
    throw new ApiError(
      1003,
      `/${missing}: is required together with ${missing === 'from-start-time' ? 'to-start-time' : 'from-start-time'}; send both ends of the range.`,
    );
  }
  if (from === undefined || to === undefined) return {};
  return parseStartRange(['from-start-time', from], ['to-start-time', to]);
}

/**
 * Parses a date-time query parameter.
 *
 * @throws {ApiError} 1003 for a value that Ajv's format accepts but `Date` cannot read, such as
 *   a leap second.
 */
export function parseQueryTime(name: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new ApiError(
      1003,
      `/${name}: "${value}" is not a date-time this server can read; send RFC 3339 with an offset, such as 2026-12-07T00:00:00+01:00.`,
    );
  }
  return ms;
}

/**
 * Parses the two ends of a start-time range given as query parameters, each a `[name, value]`
 * pair. Either end may be missing.
 *
 * @throws {ApiError} 1003 for a value that `Date` cannot read, 1006 when the range's start is
 *   after its end.
 */
export function parseStartRange(
  [fromName, from]: [string, string | undefined],
  [toName, to]: [string, string | undefined],
): { fromMs?: number; toMs?: number } {
  const fromMs = from === undefined ? undefined : parseQueryTime(fromName, from);
  const toMs = to === undefined ? undefined : parseQueryTime(toName, to);
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs) {
    throw new ApiError(
      1006,
      `/${toName}: ${to} is before ${fromName} ${from}; send a ${fromName} that is not after ${toName}.`,
    );
  }
  return { fromMs, toMs };
}
