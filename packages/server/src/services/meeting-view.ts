import type { components } from '@vdx/sdk/types';
import type { MeetingRecord, MeetingUserRef, ParticipantRecord } from '../store/meeting-store.js';
import { portalLink } from './meeting-room.js';

type Schemas = components['schemas'];

/** A VideoAPI meeting as the API returns it. */
export type Meeting = Schemas['Meeting'];

/** A participant as VideoAPI returns it. */
export type Participant = Schemas['Participant'];

/** Maps a stored meeting user to the API's `MeetingUser`. */
export function toMeetingUser(user: MeetingUserRef): Schemas['MeetingUser'] {
  return { organisationId: user.organisationCode, email: user.email };
}

/** Maps a stored meeting to the API's `Meeting`; links are built under `publicUrl`. */
export function toMeeting(
  record: MeetingRecord,
  knownParticipants: number,
  publicUrl: string,
): Meeting {
  const meeting: Meeting = {
    uuid: record.uuid,
    subject: record.subject,
    startTime: record.startTime,
    endTime: record.endTime,
    organizedBy: toMeetingUser(record.organizedBy),
    createdBy: toMeetingUser(record.createdBy),
    createdTime: record.createdTime,
    updatedTime: record.updatedTime,
    labels: record.labels,
    guestPinRequired: record.guestPinRequired,
    shortId: record.shortId,
    shortLink: shortLink(publicUrl, record.shortId),
    uriWithDomain: record.uriWithDomain,
    uriWithoutDomain: record.uriWithoutDomain,
    guestPin: record.guestPin,
    hostPin: record.hostPin,
    portalLink: portalLink(publicUrl, record.uriWithDomain, record.guestPin),
    knownParticipants,
  };
  if (record.description !== null) meeting.description = record.description;
  if (record.projectCode !== null) meeting.projectCode = record.projectCode;
  if (record.externalId !== null) meeting.externalId = record.externalId;
  if (record.updatedBy !== null) meeting.updatedBy = toMeetingUser(record.updatedBy);
  return meeting;
}

/** Maps a stored participant to the API's `Participant`. */
export function toParticipant(record: ParticipantRecord): Participant {
  const participant: Participant = {
    uuid: record.uuid,
    type: record.type,
    externalId: record.externalId,
    organisation: record.organisationCode,
    role: record.role,
  };
  if (record.name !== null) participant.name = record.name;
  return participant;
}

/** Returns the meeting's short link under `publicUrl`. */
export function shortLink(publicUrl: string, shortId: string): string {
  return `${publicUrl}/m/${shortId}`;
}
