import { Args } from '@oclif/core';
import type {
  Appointment,
  AppointmentLogEntry,
  AppointmentParticipant,
  Meeting,
  Participant,
} from '@vdx/sdk';
import { type Column, formatDetails, formatTable } from './output/table.js';

/** The `<meeting>` argument of the appointment commands. */
export const meetingUuidArg = Args.string({
  description: 'Uuid of the meeting (the id that AppointmentSearch lists).',
  required: true,
});

/** Formats every field of a VideoAPI meeting, one per line. */
export function formatMeeting(meeting: Meeting): string {
  return formatDetails([
    ['Uuid', meeting.uuid],
    ['Subject', meeting.subject],
    ['Description', meeting.description],
    ['Start', meeting.startTime],
    ['End', meeting.endTime],
    ['Organiser', formatUser(meeting.organizedBy)],
    ['Room address', meeting.uriWithDomain],
    ['Guest PIN', String(meeting.guestPin)],
    ['Host PIN', String(meeting.hostPin)],
    ['Short link', meeting.shortLink],
    ['Portal link', meeting.portalLink],
    ['Participants', String(meeting.knownParticipants)],
    ['Labels', meeting.labels.length === 0 ? undefined : meeting.labels.join(', ')],
    ['Created', meeting.createdTime],
    ['Updated', meeting.updatedTime],
  ]);
}

/** Formats every field of an appointment and its participants. */
export function formatAppointment(appointment: Appointment): string {
  const details = formatDetails([
    ['Id', appointment.id],
    ['Subject', appointment.subject],
    ['Description', appointment.description],
    ['Start', appointment.startTime],
    ['End', appointment.endTime],
    ['Owner', appointment.ownerOrganisationCode],
    ['Organiser', formatUser(appointment.organizedBy)],
    ['Room address', appointment.uriWithDomain],
    ['Guest PIN', String(appointment.guestPin)],
    ['Host PIN', appointment.hostPin === undefined ? undefined : String(appointment.hostPin)],
    ['Short link', appointment.shortLink],
    ['Portal link', appointment.portalLink],
    ['Updated', appointment.updatedTime],
  ]);
  return `${details}\n${formatParticipantTable(appointment.participants)}`;
}

const APPOINTMENT_COLUMNS: Column<Appointment>[] = [
  { header: 'ID', value: (appointment) => appointment.id },
  { header: 'START', value: (appointment) => appointment.startTime },
  { header: 'OWNER', value: (appointment) => appointment.ownerOrganisationCode },
  { header: 'ROOM ADDRESS', value: (appointment) => appointment.uriWithDomain },
  { header: 'GUEST PIN', value: (appointment) => String(appointment.guestPin) },
  { header: 'SUBJECT', value: (appointment) => appointment.subject },
];

/** Formats appointments as a table, one line each. */
export function formatAppointmentTable(appointments: readonly Appointment[]): string {
  return formatTable(appointments, APPOINTMENT_COLUMNS);
}

const PARTICIPANT_COLUMNS: Column<Participant | AppointmentParticipant>[] = [
  { header: 'UUID', value: (participant) => participant.uuid },
  { header: 'TYPE', value: (participant) => participant.type },
  { header: 'ROLE', value: (participant) => participant.role },
  { header: 'EXTERNAL ID', value: (participant) => participant.externalId ?? '(hidden)' },
  { header: 'ORGANISATION', value: (participant) => participant.organisation ?? '' },
  { header: 'NAME', value: (participant) => participant.name ?? '' },
];

/** Formats participants as a table, one line each. */
export function formatParticipantTable(
  participants: ReadonlyArray<Participant | AppointmentParticipant>,
): string {
  return formatTable(participants, PARTICIPANT_COLUMNS);
}

/** Formats one appointment log entry as one line: time, change, meeting and changed fields. */
export function formatLogEntry(entry: AppointmentLogEntry): string {
  const fields = entry.changedFields.length === 0 ? '' : `  ${entry.changedFields.join(', ')}`;
  return `${entry.occurredAt}  ${entry.change.padEnd(20)}  ${entry.appointmentId}${fields}`;
}

function formatUser(user: Meeting['organizedBy']): string {
  return `${user.email} (${user.organisationId})`;
}
