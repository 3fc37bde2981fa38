import type { components, operations } from '../types.js';
import {
  dataOf,
  type IdempotencyOptions,
  idempotencyHeader,
  type RawClient,
  requireId,
} from './result.js';

type Schemas = components['schemas'];

/** A VideoAPI v2 meeting with its room fields (`uriWithDomain`, PINs, links). */
export type Meeting = Schemas['Meeting'];
/** The body of `meetings.create()`. */
export type MeetingCreate = Schemas['MeetingCreate'];
/** The body of `meetings.update()`: the whole set of details; optional fields left out are cleared. */
export type MeetingUpdate = Schemas['MeetingUpdate'];
/** The body of `meetings.patch()`: only the fields to change; `null` clears an optional field. */
export type MeetingPatch = Schemas['MeetingPatch'];
/** A participant of a meeting. */
export type Participant = Schemas['Participant'];
/** A participant to invite. */
export type ParticipantCreate = Schemas['ParticipantCreate'];
/** `ORGANISATION`, `USER`, `DEVICE` or `CITIZEN`. */
export type ParticipantType = Schemas['ParticipantType'];
/** `GUEST` or `HOST`. */
export type ParticipantRole = Schemas['ParticipantRole'];
/** The key-value service information of `GET /videoapi/v2/info`. */
export type VideoApiInfo = Schemas['VideoApiInfo'];
/**
 * The filters of `meetings.search()`, under the spec's parameter names such as
 * `'from-start-time'`. At least one is required.
 */
export type MeetingSearchQuery = NonNullable<operations['searchMeetings']['parameters']['query']>;

/** The participants of one meeting (`/videoapi/v2/meetings/{uuid}/participants`). */
export interface ParticipantsApi {
  /** Lists the meeting's participants in the order they were added. */
  list(meetingUuid: string): Promise<Participant[]>;
  /**
   * Adds participants, all or none: one unknown entry (400, code 4004), one not allowed in its
   * role (400, code 3003) or one already on the meeting (409, code 5003) adds nothing.
   * Returns the added participants in the order of the request.
   */
  add(
    meetingUuid: string,
    participants: ParticipantCreate[],
    options?: IdempotencyOptions,
  ): Promise<Participant[]>;
  /** Sets a participant's role and returns the participant after the change. */
  update(meetingUuid: string, participantUuid: string, role: ParticipantRole): Promise<Participant>;
  /** Removes a participant from the meeting. */
  remove(meetingUuid: string, participantUuid: string): Promise<void>;
}

/**
 * VideoAPI v2 meetings (`/videoapi/v2`), owned by the caller's organisation subtree.
 * Organisations that are only invited read meetings through `client.appointments`.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface MeetingsApi {
  /** Gets the service's name and version: a cheap first call that checks the token. */
  info(): Promise<VideoApiInfo>;
  /**
   * Lists the meetings that match every given filter, ordered by start time. The VideoAPI
   * returns a plain array without paging.
   *
   * @example
   * ```ts
   * const meetings = await client.meetings.search({ subject: 'hjemmepleje' });
   * ```
   */
  search(query: MeetingSearchQuery): Promise<Meeting[]>;
  /**
   * Creates a meeting with its room and invites `participants`. Invited organisations get a
   * `created` entry in their appointment logs.
   *
   * @example
   * ```ts
   * const meeting = await client.meetings.create({
   *   subject: 'Koordinerende møde',
   *   startTime: '2026-12-07T10:00:00+01:00',
   *   endTime: '2026-12-07T10:45:00+01:00',
   *   participants: [{ type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' }],
   * });
   * ```
   */
  create(body: MeetingCreate, options?: IdempotencyOptions): Promise<Meeting>;
  /** Gets one meeting; a meeting outside the caller's subtree is a 404 (code 4001). */
  get(meetingUuid: string): Promise<Meeting>;
  /** Replaces the meeting's details (HTTP PUT); optional fields left out are cleared. */
  update(meetingUuid: string, body: MeetingUpdate): Promise<Meeting>;
  /** Changes only the given fields (HTTP PATCH); `null` clears an optional field. */
  patch(meetingUuid: string, body: MeetingPatch): Promise<Meeting>;
  /** Deletes the meeting and its participants. */
  delete(meetingUuid: string): Promise<void>;
  /** The meeting's participants. */
  participants: ParticipantsApi;
}

/** Creates the meeting helpers over a raw client. */
export function createMeetingsApi(raw: RawClient): MeetingsApi {
  return {
    info: async () => dataOf(raw.GET('/videoapi/v2/info'), 'GET'),
    search: async (query) => dataOf(raw.GET('/videoapi/v2/meetings', { params: { query } }), 'GET'),
    create: async (body, options) =>
      dataOf(
        raw.POST('/videoapi/v2/meetings', {
          params: { header: idempotencyHeader(options) },
          body,
        }),
        'POST',
      ),
    get: async (meetingUuid) =>
      dataOf(raw.GET('/videoapi/v2/meetings/{uuid}', { params: meetingPath(meetingUuid) }), 'GET'),
    update: async (meetingUuid, body) =>
      dataOf(
        raw.PUT('/videoapi/v2/meetings/{uuid}', { params: meetingPath(meetingUuid), body }),
        'PUT',
      ),
    patch: async (meetingUuid, body) =>
      dataOf(
        raw.PATCH('/videoapi/v2/meetings/{uuid}', { params: meetingPath(meetingUuid), body }),
        'PATCH',
      ),
    delete: async (meetingUuid) => {
      await dataOf(
        raw.DELETE('/videoapi/v2/meetings/{uuid}', { params: meetingPath(meetingUuid) }),
        'DELETE',
      );
    },
    participants: createParticipantsApi(raw),
  };
}

function createParticipantsApi(raw: RawClient): ParticipantsApi {
  return {
    list: async (meetingUuid) =>
      dataOf(
        raw.GET('/videoapi/v2/meetings/{uuid}/participants', { params: meetingPath(meetingUuid) }),
        'GET',
      ),
    add: async (meetingUuid, participants, options) =>
      dataOf(
        raw.POST('/videoapi/v2/meetings/{uuid}/participants', {
          params: { ...meetingPath(meetingUuid), header: idempotencyHeader(options) },
          body: participants,
        }),
        'POST',
      ),
    update: async (meetingUuid, participantUuid, role) =>
      dataOf(
        raw.PUT('/videoapi/v2/meetings/{uuid}/participants/{participantUuid}', {
          params: participantPath(meetingUuid, participantUuid),
          body: { role },
        }),
        'PUT',
      ),
    remove: async (meetingUuid, participantUuid) => {
      await dataOf(
        raw.DELETE('/videoapi/v2/meetings/{uuid}/participants/{participantUuid}', {
          params: participantPath(meetingUuid, participantUuid),
        }),
        'DELETE',
      );
    },
  };
}

function meetingPath(meetingUuid: string) {
  return { path: { uuid: requireId(meetingUuid, 'meetingUuid') } };
}

function participantPath(meetingUuid: string, participantUuid: string) {
  return {
    path: {
      uuid: requireId(meetingUuid, 'meetingUuid'),
      participantUuid: requireId(participantUuid, 'participantUuid'),
    },
  };
}
