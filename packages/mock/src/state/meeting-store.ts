/**
 * VideoAPI meetings with their rooms and participants, in memory. Every change reports the
 * organisations that the meeting involves before and after it, so that the appointment log and
 * the `appointment.*` webhook events can follow.
 */
import type { components } from '@vdx/sdk/types';

type Schemas = components['schemas'];

/** A participant as the mock stores it; `organisationCode` is null for a citizen. */
export interface StoredParticipant {
  uuid: string;
  type: Schemas['ParticipantType'];
  externalId: string;
  organisationCode: string | null;
  role: Schemas['ParticipantRole'];
  name: string | null;
}

/** A meeting user: an organisation code and an e-mail address. */
export interface MeetingUserRef {
  organisationCode: string;
  email: string;
}

/** The fields of a meeting that PUT and PATCH change. */
export interface MeetingDetails {
  subject: string;
  description: string | null;
  startTime: string;
  endTime: string;
  projectCode: string | null;
  organizedBy: MeetingUserRef;
  labels: string[];
  guestPinRequired: boolean;
  guestPin: number;
  hostPin: number;
}

/** A meeting as the mock stores it. */
export interface StoredMeeting extends MeetingDetails {
  /** Creation order, the tie-breaker of meetings with the same start time. */
  sequence: number;
  uuid: string;
  ownerOrganisationCode: string;
  externalId: string | null;
  createdBy: MeetingUserRef;
  updatedBy: MeetingUserRef | null;
  createdTime: string;
  updatedTime: string;
  shortId: string;
  uriWithDomain: string;
  uriWithoutDomain: string;
  participants: StoredParticipant[];
}

/** The kind of a meeting change, as the reference server's store records it. */
export type MeetingChangeKind = 'created' | 'details' | 'participants' | 'deleted';

/** A change of one meeting, reported to the store's listener. */
export interface MeetingChange {
  kind: MeetingChangeKind;
  /** The meeting after the change, or before it for a deletion. */
  meeting: StoredMeeting;
  /** The names of the changed fields: `participants` for participant changes. */
  changedFields: string[];
  occurredAt: string;
  /** The owner and participant organisations before the change; empty for a creation. */
  before: string[];
  /** The owner and participant organisations after the change; empty for a deletion. */
  after: string[];
}

/** The user who changes a meeting, and the time of the change. */
export interface MeetingTouch {
  updatedBy: MeetingUserRef;
  updatedTime: string;
}

/** Returns the owner and participant organisations of a meeting, sorted and without repeats. */
export function involvedOrganisations(meeting: StoredMeeting): string[] {
  const codes = meeting.participants
    .map((participant) => participant.organisationCode)
    .filter((code): code is string => code !== null);
  return [...new Set([meeting.ownerOrganisationCode, ...codes])].sort();
}

/** The meetings of the mock. */
export class MeetingStore {
  #meetings = new Map<string, StoredMeeting>();
  #sequence = 0;
  #listener: (change: MeetingChange) => void;

  /** @param listener called after every change, with the organisations involved. */
  constructor(listener: (change: MeetingChange) => void) {
    this.#listener = listener;
  }

  /** Removes every meeting. */
  reset(): void {
    this.#meetings = new Map();
  }

  /** Returns a copy of the meeting with this uuid, or `undefined`. */
  get(uuid: string): StoredMeeting | undefined {
    const meeting = this.#meetings.get(uuid);
    return meeting && structuredClone(meeting);
  }

  /** Lists copies of every meeting, by start time and then creation order. */
  list(): StoredMeeting[] {
    return [...this.#meetings.values()]
      .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime) || a.sequence - b.sequence)
      .map((meeting) => structuredClone(meeting));
  }

  /** Returns whether a meeting has this short id or room address. */
  roomExists(shortId: string, uriWithDomain: string): boolean {
    return [...this.#meetings.values()].some(
      (meeting) => meeting.shortId === shortId || meeting.uriWithDomain === uriWithDomain,
    );
  }

  /** Returns the meeting of the organisation with this `externalId`, or `undefined`. */
  findByExternalId(ownerOrganisationCode: string, externalId: string): StoredMeeting | undefined {
    const meeting = [...this.#meetings.values()].find(
      (candidate) =>
        candidate.ownerOrganisationCode === ownerOrganisationCode &&
        candidate.externalId === externalId,
    );
    return meeting && structuredClone(meeting);
  }

  /** Stores a new meeting with its participants and returns a copy. */
  create(meeting: Omit<StoredMeeting, 'sequence'>): StoredMeeting {
    this.#sequence += 1;
    const stored = { ...structuredClone(meeting), sequence: this.#sequence };
    this.#meetings.set(stored.uuid, stored);
    this.#report('created', stored, [], [], stored.createdTime);
    return structuredClone(stored);
  }

  /** Replaces the meeting's details; `changedFields` names the fields that differ. */
  updateDetails(
    uuid: string,
    details: MeetingDetails,
    touch: MeetingTouch,
    changedFields: string[],
  ): StoredMeeting | undefined {
    const meeting = this.#meetings.get(uuid);
    if (!meeting) return undefined;
    const before = involvedOrganisations(meeting);
    Object.assign(meeting, structuredClone(details), touch);
    this.#report('details', meeting, changedFields, before, touch.updatedTime);
    return structuredClone(meeting);
  }

  /** Deletes the meeting with its participants, and returns whether it existed. */
  delete(uuid: string, occurredAt: string): boolean {
    const meeting = this.#meetings.get(uuid);
    if (!meeting) return false;
    const before = involvedOrganisations(meeting);
    this.#meetings.delete(uuid);
    this.#report('deleted', meeting, [], before, occurredAt);
    return true;
  }

  /**
   * Changes the meeting's participants with `mutate`, which returns its result, or `undefined`
   * when it changed nothing. A change also sets the meeting's `updatedBy` and `updatedTime`.
   */
  changeParticipants<Result>(
    uuid: string,
    touch: MeetingTouch,
    mutate: (participants: StoredParticipant[]) => Result | undefined,
  ): Result | undefined {
    const meeting = this.#meetings.get(uuid);
    if (!meeting) return undefined;
    const before = involvedOrganisations(meeting);
    const result = mutate(meeting.participants);
    if (result === undefined) return undefined;
    Object.assign(meeting, touch);
    this.#report('participants', meeting, ['participants'], before, touch.updatedTime);
    return structuredClone(result);
  }

  #report(
    kind: MeetingChangeKind,
    meeting: StoredMeeting,
    changedFields: string[],
    before: string[],
    occurredAt: string,
  ): void {
    const after = kind === 'deleted' ? [] : involvedOrganisations(meeting);
    this.#listener({
      kind,
      meeting: structuredClone(meeting),
      changedFields,
      occurredAt,
      before,
      after,
    });
  }
}
