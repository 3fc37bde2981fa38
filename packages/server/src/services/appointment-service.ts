import type { components, operations } from '@vdx/sdk/types';
import type { ServerConfig } from '../config.js';
import { organisationNotFound } from '../errors.js';
import type {
  MeetingRecord,
  MeetingStore,
  ParticipantRecord,
  StartTimePosition,
} from '../store/meeting-store.js';
import { DEFAULT_PAGE_SIZE } from './cursor.js';
import type { DeviceService } from './device-service.js';
import { portalLink } from './meeting-room.js';
import { parseStartRange } from './meeting-service.js';
import { shortLink, toMeetingUser } from './meeting-view.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import { decodePositionCursor, encodePositionCursor } from './position-cursor.js';
import type { Principal } from './principal.js';

type Schemas = components['schemas'];

/** Query of AppointmentSearch, after validation against the spec. */
export type AppointmentSearchQuery = NonNullable<
  operations['searchAppointments']['parameters']['query']
>;

const START_POSITION = ['number', 'number'] as const;

/**
 * AppointmentSearch: the meetings in which the caller's subtree takes part, as owner, as an
 * invited organisation, or through an invited user or device.
 */
export class AppointmentService {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly directory: OrganisationDirectory,
    private readonly devices: DeviceService,
    private readonly config: ServerConfig,
  ) {}

  /**
   * Lists one page of visible meetings ordered by start time.
   *
   * @throws {ApiError} 4002 for an `organisationCode` and 4001 for a `deviceId` outside the
   *   caller's subtree, 1003 for an unreadable time or cursor, 1006 when `fromStartTime` is
   *   after `toStartTime`.
   */
  async search(
    principal: Principal,
    query: AppointmentSearchQuery,
  ): Promise<Schemas['AppointmentPage']> {
    const subtree = this.directory.subtreeCodes(principal.organisationCode);
    if (query.organisationCode !== undefined && !subtree.includes(query.organisationCode)) {
      throw organisationNotFound(query.organisationCode);
    }
    if (query.deviceId !== undefined) await this.devices.findVisible(principal, query.deviceId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const records = await this.meetings.searchAppointments({
      visibleCodes: subtree,
      organisationCode: query.organisationCode,
      deviceId: query.deviceId?.toLowerCase(),
      userEmail: query.userEmail?.toLowerCase(),
      ...parseStartRange(
        ['fromStartTime', query.fromStartTime],
        ['toStartTime', query.toStartTime],
      ),
      after: readPosition(query.cursor),
      limit: limit + 1,
    });
    const page = records.slice(0, limit);
    const participants = await this.meetings.listParticipantsOf(page.map((m) => m.uuid));
    const last = page.at(-1);
    return {
      items: page.map((meeting) =>
        this.#toAppointment(
          meeting,
          participants.filter((p) => p.meetingUuid === meeting.uuid),
          new Set(subtree),
        ),
      ),
      nextCursor:
        records.length > limit && last ? encodePositionCursor([last.startMs, last.seq]) : null,
    };
  }

  /**
   * Maps a meeting to what the caller may see. `hostPin` is shown only when the subtree contains
   * the owner or a `HOST` participant, and a citizen's contact and name only when it contains the
   * owner.
   */
  #toAppointment(
    meeting: MeetingRecord,
    participants: readonly ParticipantRecord[],
    subtree: ReadonlySet<string>,
  ): Schemas['Appointment'] {
    const ownsMeeting = subtree.has(meeting.ownerOrganisationCode);
    const hostsMeeting = participants.some(
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
      shortLink: shortLink(this.config.publicUrl, meeting.shortId),
      portalLink: portalLink(this.config.publicUrl, meeting.uriWithDomain, meeting.guestPin),
      participants: participants.map((p) => toAppointmentParticipant(p, ownsMeeting)),
    };
    if (meeting.description !== null) appointment.description = meeting.description;
    if (ownsMeeting || hostsMeeting) appointment.hostPin = meeting.hostPin;
    return appointment;
  }
}

function toAppointmentParticipant(
  participant: ParticipantRecord,
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

function readPosition(cursor: string | undefined): StartTimePosition | undefined {
  if (cursor === undefined) return undefined;
  const [startMs, seq] = decodePositionCursor(cursor, START_POSITION);
  return { startMs, seq };
}
