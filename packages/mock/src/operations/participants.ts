/**
 * The participants of VideoAPI meetings, managed by the owner organisation's subtree.
 */
import { defineOperation } from '../define-operation.js';
import { checkRole, findManaged, resolveParticipants, touchBy } from '../meeting-rules.js';
import { toParticipant } from '../meeting-view.js';
import { ApiProblem } from '../problems.js';
import { requireCaller } from '../scope.js';

function participantNotFound(meetingUuid: string, participantUuid: string): ApiProblem {
  return new ApiProblem(
    404,
    4001,
    `Participant ${participantUuid} not found in meeting ${meetingUuid}.`,
  );
}

/** `GET /videoapi/v2/meetings/{uuid}/participants`: in the order they were added. */
export const listParticipants = defineOperation('listParticipants', (context) => {
  const { meeting } = findManaged(context.mock, requireCaller(context), context.path.uuid);
  return { status: 200, body: meeting.participants.map(toParticipant) };
});

/** `POST /videoapi/v2/meetings/{uuid}/participants`: all or none, in the order of the request. */
export const addParticipants = defineOperation('addParticipants', (context) => {
  const { mock, body } = context;
  const { uuid } = context.path;
  const { meeting, caller } = findManaged(mock, requireCaller(context), uuid);
  const resolved = resolveParticipants(mock, body, meeting.ownerOrganisationCode, '');
  const index = resolved.findIndex((next) =>
    meeting.participants.some(
      (existing) => existing.type === next.type && existing.externalId === next.externalId,
    ),
  );
  const duplicate = resolved[index];
  if (duplicate) {
    throw new ApiProblem(
      409,
      5003,
      `/${index}: ${duplicate.type} ${duplicate.externalId} is already a participant of meeting ${uuid}. Change its role with PUT instead.`,
    );
  }
  const added = mock.state.videoMeetings.changeParticipants(
    uuid,
    touchBy(mock, caller),
    (participants) => {
      participants.push(...resolved);
      return resolved;
    },
  );
  if (!added) throw new ApiProblem(404, 4001, `Meeting ${uuid} not found.`);
  return { status: 200, body: added.map(toParticipant) };
});

/** `PUT /videoapi/v2/meetings/{uuid}/participants/{participantUuid}`: sets the role. */
export const updateParticipant = defineOperation('updateParticipant', (context) => {
  const { mock, body } = context;
  const { uuid, participantUuid } = context.path;
  const { meeting, caller } = findManaged(mock, requireCaller(context), uuid);
  const participant = meeting.participants.find((entry) => entry.uuid === participantUuid);
  if (!participant) throw participantNotFound(uuid, participantUuid);
  checkRole(mock, participant, body.role, meeting.ownerOrganisationCode, '/role');
  const updated = mock.state.videoMeetings.changeParticipants(
    uuid,
    touchBy(mock, caller),
    (participants) => {
      const entry = participants.find((candidate) => candidate.uuid === participantUuid);
      if (entry) entry.role = body.role;
      return entry;
    },
  );
  if (!updated) throw participantNotFound(uuid, participantUuid);
  return { status: 200, body: toParticipant(updated) };
});

/** `DELETE /videoapi/v2/meetings/{uuid}/participants/{participantUuid}` */
export const removeParticipant = defineOperation('removeParticipant', (context) => {
  const { mock } = context;
  const { uuid, participantUuid } = context.path;
  const { caller } = findManaged(mock, requireCaller(context), uuid);
  const removed = mock.state.videoMeetings.changeParticipants(
    uuid,
    touchBy(mock, caller),
    (participants) => {
      const index = participants.findIndex((entry) => entry.uuid === participantUuid);
      return index < 0 ? undefined : participants.splice(index, 1);
    },
  );
  if (!removed) throw participantNotFound(uuid, participantUuid);
  return { status: 204, body: undefined };
});
