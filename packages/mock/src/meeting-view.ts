/**
 * Maps stored meetings and participants to the VideoAPI response shapes.
 */
import type { components } from '@vdx/sdk/types';
import type { MeetingUserRef, StoredMeeting, StoredParticipant } from './state/meeting-store.js';

type Schemas = components['schemas'];

/** Maps a stored meeting user to the API's `MeetingUser`. */
export function toMeetingUser(user: MeetingUserRef): Schemas['MeetingUser'] {
  return { organisationId: user.organisationCode, email: user.email };
}

/** Returns the meeting's short link under `baseUrl`. */
export function shortLink(baseUrl: string, shortId: string): string {
  return `${baseUrl}/m/${shortId}`;
}

/** Returns the link that opens the meeting's room in the browser client. */
export function portalLink(baseUrl: string, uriWithDomain: string, guestPin: number): string {
  const query = new URLSearchParams({ url: uriWithDomain, pin: String(guestPin) });
  return `${baseUrl}/portal/?${query}`;
}

/** Maps a stored meeting to the API's `Meeting`, with links under the mock's base URL. */
export function toMeeting(meeting: StoredMeeting, baseUrl: string): Schemas['Meeting'] {
  const view: Schemas['Meeting'] = {
    uuid: meeting.uuid,
    subject: meeting.subject,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    organizedBy: toMeetingUser(meeting.organizedBy),
    createdBy: toMeetingUser(meeting.createdBy),
    createdTime: meeting.createdTime,
    updatedTime: meeting.updatedTime,
    labels: [...meeting.labels],
    guestPinRequired: meeting.guestPinRequired,
    shortId: meeting.shortId,
    shortLink: shortLink(baseUrl, meeting.shortId),
    uriWithDomain: meeting.uriWithDomain,
    uriWithoutDomain: meeting.uriWithoutDomain,
    guestPin: meeting.guestPin,
    hostPin: meeting.hostPin,
    portalLink: portalLink(baseUrl, meeting.uriWithDomain, meeting.guestPin),
    knownParticipants: meeting.participants.length,
  };
  if (meeting.description !== null) view.description = meeting.description;
  if (meeting.projectCode !== null) view.projectCode = meeting.projectCode;
  if (meeting.externalId !== null) view.externalId = meeting.externalId;
  if (meeting.updatedBy !== null) view.updatedBy = toMeetingUser(meeting.updatedBy);
  return view;
}

/** Maps a stored participant to the API's `Participant`. */
export function toParticipant(participant: StoredParticipant): Schemas['Participant'] {
  const view: Schemas['Participant'] = {
    uuid: participant.uuid,
    type: participant.type,
    externalId: participant.externalId,
    organisation: participant.organisationCode,
    role: participant.role,
  };
  if (participant.name !== null) view.name = participant.name;
  return view;
}
