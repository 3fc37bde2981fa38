/**
 * The appointment service: AppointmentSearch over the meetings that the caller's subtree takes
 * part in, and each client's AppointmentLog, consumed on read.
 */
import type { components, operations } from '@vdx/sdk/types';
import { defineOperation } from '../define-operation.js';
import { parseStartRange } from '../meeting-rules.js';
import { portalLink, shortLink, toMeetingUser } from '../meeting-view.js';
import type { MockContext } from '../operation-types.js';
import { DEFAULT_LIMIT } from '../pagination.js';
import { decodePositionCursor, encodePositionCursor } from '../position-cursor.js';
import { requireCaller, requireDevice, requireOrganisation } from '../scope.js';
import type { StoredMeeting, StoredParticipant } from '../state/meeting-store.js';

type Schemas = components['schemas'];
type SearchQuery = Partial<NonNullable<operations['searchAppointments']['parameters']['query']>>;

const START_POSITION = ['number', 'number'] as const;

function involves(meeting: StoredMeeting, codes: ReadonlySet<string>): boolean {
  return (
    codes.has(meeting.ownerOrganisationCode) ||
    meeting.participants.some((p) => p.organisationCode !== null && codes.has(p.organisationCode))
  );
}

function matchesQuery(meeting: StoredMeeting, query: SearchQuery, range: (number | undefined)[]) {
  const { organisationCode, deviceId, userEmail } = query;
  const { participants } = meeting;
  const startMs = Date.parse(meeting.startTime);
  const [fromMs, toMs] = range;
  const user = userEmail?.toLowerCase();
  return (
    (organisationCode === undefined ||
      meeting.ownerOrganisationCode === organisationCode ||
      participants.some((p) => p.organisationCode === organisationCode)) &&
    (deviceId === undefined ||
      participants.some((p) => p.type === 'DEVICE' && p.externalId === deviceId.toLowerCase())) &&
    (user === undefined ||
      meeting.organizedBy.email.toLowerCase() === user ||
      participants.some((p) => p.type === 'USER' && p.externalId === user)) &&
    (fromMs === undefined || startMs >= fromMs) &&
    (toMs === undefined || startMs < toMs)
  );
}

function toAppointmentParticipant(
  participant: StoredParticipant,
  ownsMeeting: boolean,
): Schemas['AppointmentParticipant'] {
  const hidden = participant.type === 'CITIZEN' && !ownsMeeting;
  const shown: Schemas['AppointmentParticipant'] = {
    uuid: participant.uuid,
    type: participant.type,
    externalId: hidden ? null : participant.externalId,
    organisation: participant.organisationCode,
    role: participant.role,
  };
  if (participant.type === 'CITIZEN') shown.name = hidden ? null : participant.name;
  return shown;
}

/**
 * Maps a meeting to what the caller's subtree may see: `hostPin` only when the subtree
 * contains the owner or a `HOST` participant, a citizen's contact and name only when it contains
 * the owner.
 */
function toAppointment(
  mock: MockContext,
  meeting: StoredMeeting,
  subtree: ReadonlySet<string>,
): Schemas['Appointment'] {
  const ownsMeeting = subtree.has(meeting.ownerOrganisationCode);
  const hostsMeeting = meeting.participants.some(
    (p) => p.role === 'HOST' && p.organisationCode !== null && subtree.has(p.organisationCode),
  );
  const appointment: Schemas['Appointment'] = {
    id: meeting.uuid,
    subject: meeting.subject,
    ownerOrganisationCode: meeting.ownerOrganisationCode,
    createdBy: toMeetingUser(meeting.createdBy),
    organizedBy: toMeetingUser(meeting.organizedBy),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    updatedTime: meeting.updatedTime,
    uriWithDomain: meeting.uriWithDomain,
    guestPin: meeting.guestPin,
    shortLink: shortLink(mock.baseUrl, meeting.shortId),
    portalLink: portalLink(mock.baseUrl, meeting.uriWithDomain, meeting.guestPin),
    participants: meeting.participants.map((p) => toAppointmentParticipant(p, ownsMeeting)),
  };
  if (meeting.description !== null) appointment.description = meeting.description;
  if (ownsMeeting || hostsMeeting) appointment.hostPin = meeting.hostPin;
  return appointment;
}

function subtreeCodes(mock: MockContext, rootCode: string): Set<string> {
  const codes = mock.state.directory.listDescendants(rootCode).map((org) => org.code);
  return new Set([rootCode, ...codes]);
}

/**
 * `GET /appointments/v1/appointments`: meetings in which the caller's subtree takes part, as
 * owner, as an invited organisation, or through an invited user or device, by start time.
 */
export const searchAppointments = defineOperation('searchAppointments', (context) => {
  const { mock, query } = context;
  const caller = requireCaller(context);
  if (query.organisationCode !== undefined) {
    requireOrganisation(mock, caller, query.organisationCode);
  }
  if (query.deviceId !== undefined) {
    requireDevice(mock, caller, query.deviceId.toLowerCase());
  }

  const { fromMs, toMs } = parseStartRange(
    ['fromStartTime', query.fromStartTime],
    ['toStartTime', query.toStartTime],
  );
  const range = [fromMs, toMs];
  const after =
    query.cursor === undefined ? undefined : decodePositionCursor(query.cursor, START_POSITION);
  const subtree = subtreeCodes(mock, caller.organisationCode);
  const matches = mock.state.videoMeetings
    .list()
    .filter((meeting) => involves(meeting, subtree) && matchesQuery(meeting, query, range))
    .filter((meeting) => {
      if (!after) return true;
      const startMs = Date.parse(meeting.startTime);
      return startMs > after[0] || (startMs === after[0] && meeting.sequence > after[1]);
    });

  const limit = query.limit ?? DEFAULT_LIMIT;
  const page = matches.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    matches.length > limit && last
      ? encodePositionCursor([Date.parse(last.startTime), last.sequence])
      : null;
  const items = page.map((meeting) => toAppointment(mock, meeting, subtree));
  return { status: 200, body: { items, nextCursor } };
});

/** `POST /appointments/v1/appointment-log/next`: takes the calling client's oldest entries. */
export const takeAppointmentLog = defineOperation('takeAppointmentLog', (context) => {
  const { mock, query } = context;
  const caller = requireCaller(context);
  const clientId = caller.kind === 'client' ? caller.clientId : caller.deviceId;
  return { status: 200, body: mock.state.appointmentLog.take(clientId, query.limit) };
});
