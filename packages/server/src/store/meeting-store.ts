import type { components } from '@vdx/sdk/types';

type Schemas = components['schemas'];

/** A participant type: `ORGANISATION`, `USER`, `DEVICE` or `CITIZEN`. */
export type ParticipantType = Schemas['ParticipantType'];

/** A participant role: `GUEST` or `HOST`. */
export type ParticipantRole = Schemas['ParticipantRole'];

/** A kind of appointment-log entry. */
export type AppointmentLogChange = Schemas['AppointmentLogChange'];

/** A VDX user, as ParticipantSearch lists it and a `USER` participant names it. */
export interface UserRecord {
  email: string;
  name: string;
  organisationCode: string;
  createdTime: string;
}

/** The organisation and e-mail of a meeting's creator, organiser or last editor. */
export interface MeetingUserRef {
  organisationCode: string;
  email: string;
}

/** A stored meeting with its room. `seq` orders meetings by creation. */
export interface MeetingRecord {
  seq: number;
  uuid: string;
  ownerOrganisationCode: string;
  subject: string;
  description: string | null;
  startTime: string;
  /** `startTime` in milliseconds since the Unix epoch. */
  startMs: number;
  endTime: string;
  projectCode: string | null;
  externalId: string | null;
  organizedBy: MeetingUserRef;
  createdBy: MeetingUserRef;
  updatedBy: MeetingUserRef | null;
  createdTime: string;
  updatedTime: string;
  labels: string[];
  guestPinRequired: boolean;
  shortId: string;
  uriWithDomain: string;
  uriWithoutDomain: string;
  guestPin: number;
  hostPin: number;
}

/** A meeting to insert; the store assigns `seq`. */
export type NewMeeting = Omit<MeetingRecord, 'seq'>;

/** The details of a meeting that PUT and PATCH change; the room fields stay. */
export interface MeetingDetails {
  subject: string;
  description: string | null;
  startTime: string;
  startMs: number;
  endTime: string;
  projectCode: string | null;
  organizedBy: MeetingUserRef;
  labels: string[];
  guestPinRequired: boolean;
  guestPin: number;
  hostPin: number;
}

/** A participant of a meeting. `seq` gives the order in which participants were added. */
export interface ParticipantRecord {
  seq: number;
  uuid: string;
  meetingUuid: string;
  type: ParticipantType;
  /** The organisation code, device id, or the lower-cased e-mail or the phone number. */
  externalId: string;
  /** The participant's organisation; null for a citizen. */
  organisationCode: string | null;
  role: ParticipantRole;
  name: string | null;
}

/** A participant to insert; the store assigns `seq`. */
export type NewParticipant = Omit<ParticipantRecord, 'seq' | 'meetingUuid'>;

/** The editor and time of a meeting change, which the store writes onto the meeting. */
export interface MeetingTouch {
  updatedBy: MeetingUserRef;
  /** RFC 3339; also the `occurredAt` of the log entries the change writes. */
  updatedTime: string;
}

/** A VideoAPI meeting search: owned by one of `ownerCodes`, every given filter combined by AND. */
export interface MeetingSearch {
  ownerCodes: readonly string[];
  /** Already lower-cased e-mail of the organiser. */
  organizedByEmail?: string;
  /** Already lower-cased substring of the subject. */
  subject?: string;
  /** Already lower-cased substring of the subject, description or organiser's e-mail. */
  text?: string;
  label?: string;
  shortId?: string;
  /** Start time range in milliseconds since the Unix epoch, both ends included. */
  fromMs?: number;
  toMs?: number;
}

/** A position in a list ordered by start time and then `seq`. */
export interface StartTimePosition {
  startMs: number;
  seq: number;
}

/** An AppointmentSearch query; the filters combine with AND. */
export interface AppointmentSearch {
  /** The caller's subtree: a meeting is visible when it involves one of these organisations. */
  visibleCodes: readonly string[];
  /** Only meetings that involve this organisation. */
  organisationCode?: string;
  /** Only meetings that invite this device. */
  deviceId?: string;
  /** Already lower-cased e-mail of a user who organises or is invited. */
  userEmail?: string;
  /** Start at or after, in milliseconds since the Unix epoch. */
  fromMs?: number;
  /** Start before, in milliseconds since the Unix epoch. */
  toMs?: number;
  after?: StartTimePosition;
  limit: number;
}

/** A position in a list ordered by name and then a unique key. */
export interface NamePosition {
  name: string;
  key: string;
}

/** An organisation as the directory lists it. */
export interface DirectoryOrganisationRecord {
  code: string;
  name: string;
  parentCode: string | null;
}

/** A user as the directory lists it. */
export interface DirectoryUserRecord {
  email: string;
  name: string;
  organisationCode: string;
  organisationName: string;
}

/** A device as the directory lists it. */
export interface DirectoryDeviceRecord {
  id: string;
  name: string;
  organisationCode: string;
  organisationName: string;
}

/** A directory search: already lower-cased substrings, combined with AND. */
export interface DirectorySearch {
  /** Substring of the entry's own name (or, for users, of the name or e-mail). */
  text?: string;
  /** Substring of the entry's organisation's name. */
  organisationName?: string;
  after?: NamePosition;
  limit: number;
}

/** One notification of an OAuth client's appointment log. */
export interface AppointmentLogRecord {
  seq: number;
  id: string;
  clientId: string;
  appointmentId: string;
  change: AppointmentLogChange;
  changedFields: string[];
  occurredAt: string;
}

/**
 * The kind of a meeting change: `created` or `deleted` for the whole meeting, `details` for its
 * fields, `participants` for its participant list.
 */
export type MeetingChangeKind = 'created' | 'details' | 'participants' | 'deleted';

/** A meeting change inside its transaction, as {@link MeetingChangeListener.inTransaction} gets it. */
export interface MeetingChange {
  kind: MeetingChangeKind;
  meetingUuid: string;
  ownerOrganisationCode: string;
  /** The meeting's times after the change, or before it for a deletion. */
  startTime: string;
  endTime: string;
  /**
   * The names of the changed meeting fields, which are `participants` for a participant change
   * and none for `created` and `deleted`.
   */
  changedFields: readonly string[];
  /** RFC 3339 time of the change, the same as its log entries'. */
  occurredAt: string;
  /**
   * The organisations the meeting involved before the change: the owner, invited organisations,
   * and the organisations of invited users and devices. Empty for `created`.
   */
  before: readonly string[];
  /** The organisations the meeting involves after the change. Empty for `deleted`. */
  after: readonly string[];
}

/**
 * The port through which another part of the server joins each meeting change's transaction,
 * such as the webhook outbox, without the meeting store knowing its tables.
 */
export interface MeetingChangeListener {
  /**
   * Runs synchronously inside the change's transaction, after the change and its log entries.
   * Statements it runs on the same connection commit or roll back with the change, and an
   * exception it throws rolls the change back and reaches the caller of the store method.
   */
  inTransaction(change: MeetingChange): void;
  /** Runs after a transaction with at least one change committed. */
  afterCommit(): void;
}

/** Thrown by {@link MeetingStore.createMeeting} when the owner has a meeting with this `externalId`. */
export class ExternalIdTakenError extends Error {
  override readonly name = 'ExternalIdTakenError';

  constructor(
    readonly ownerOrganisationCode: string,
    readonly externalId: string,
  ) {
    super(
      `Organisation ${ownerOrganisationCode} already has a meeting with externalId ${externalId}.`,
    );
  }
}

/** The result of adding participants: all or none. */
export type AddParticipantsOutcome =
  | { outcome: 'added'; participants: ParticipantRecord[] }
  | { outcome: 'meeting-not-found' }
  /** `index` is the position in the request of the participant already on the meeting. */
  | { outcome: 'duplicate'; index: number };

/**
 * Persistence of meetings, participants, users and appointment logs.
 *
 * Every method that changes a meeting or its participants also writes, in the same transaction,
 * one appointment-log entry for each OAuth client with a meeting role whose organisation subtree
 * holds an organisation involved before or after the change (the owner, an invited organisation,
 * or the organisation of an invited user or device). Recipients are read from the clients table
 * at the time of the change. A store built with a {@link MeetingChangeListener} also passes each
 * change to it inside the same transaction.
 */
export interface MeetingStore {
  /** Inserts the user unless its e-mail exists (case-insensitive). Returns whether it inserted. */
  insertUserIfAbsent(user: UserRecord): Promise<boolean>;
  /** Returns the user with this e-mail (case-insensitive). */
  getUser(email: string): Promise<UserRecord | undefined>;

  /** Returns whether a meeting has this short id or room address. */
  roomExists(shortId: string, uriWithDomain: string): Promise<boolean>;
  getMeeting(uuid: string): Promise<MeetingRecord | undefined>;
  /** Returns the meeting with this short id, the last path segment of its `shortLink`. */
  getMeetingByShortId(shortId: string): Promise<MeetingRecord | undefined>;
  getMeetingByExternalId(
    ownerOrganisationCode: string,
    externalId: string,
  ): Promise<MeetingRecord | undefined>;
  /** Lists matching meetings ordered by start time, then creation. */
  searchMeetings(search: MeetingSearch): Promise<MeetingRecord[]>;
  /** Lists visible meetings ordered by start time, then creation, after `search.after`. */
  searchAppointments(search: AppointmentSearch): Promise<MeetingRecord[]>;
  /** Lists the participants of a meeting in the order they were added. */
  listParticipants(meetingUuid: string): Promise<ParticipantRecord[]>;
  /** Lists the participants of several meetings, each meeting's in the order they were added. */
  listParticipantsOf(meetingUuids: readonly string[]): Promise<ParticipantRecord[]>;

  /**
   * Inserts a meeting with its participants and logs `created`.
   *
   * @throws {ExternalIdTakenError} when the owner has a meeting with the same `externalId`.
   */
  createMeeting(
    meeting: NewMeeting,
    participants: readonly NewParticipant[],
  ): Promise<MeetingRecord>;
  /** Replaces a meeting's details and logs `updated` with `changedFields`. */
  updateMeeting(
    uuid: string,
    details: MeetingDetails,
    touch: MeetingTouch,
    changedFields: readonly string[],
  ): Promise<MeetingRecord | undefined>;
  /** Deletes a meeting with its participants and logs `deleted`. Returns whether it existed. */
  deleteMeeting(uuid: string, occurredAt: string): Promise<boolean>;
  /**
   * Adds participants, all or none, and logs `created` for newly involved clients and
   * `participants-changed` for the others.
   */
  addParticipants(
    meetingUuid: string,
    participants: readonly NewParticipant[],
    touch: MeetingTouch,
  ): Promise<AddParticipantsOutcome>;
  /** Sets a participant's role and logs `participants-changed`. */
  updateParticipantRole(
    meetingUuid: string,
    participantUuid: string,
    role: ParticipantRole,
    touch: MeetingTouch,
  ): Promise<ParticipantRecord | undefined>;
  /**
   * Removes a participant and logs `uninvited` for clients no longer involved and
   * `participants-changed` for the others. Returns whether it existed.
   */
  removeParticipant(
    meetingUuid: string,
    participantUuid: string,
    touch: MeetingTouch,
  ): Promise<boolean>;

  /**
   * Returns the client's oldest unread log entries, at most `limit`, and marks them read at
   * `now` in the same transaction, so that no two calls return the same entry.
   */
  takeAppointmentLog(
    clientId: string,
    limit: number,
    now: number,
  ): Promise<{ entries: AppointmentLogRecord[]; hasMore: boolean }>;

  searchDirectoryOrganisations(search: DirectorySearch): Promise<DirectoryOrganisationRecord[]>;
  searchDirectoryUsers(search: DirectorySearch): Promise<DirectoryUserRecord[]>;
  /** Lists active devices only, because a disabled device cannot be invited. */
  searchDirectoryDevices(search: DirectorySearch): Promise<DirectoryDeviceRecord[]>;
}
