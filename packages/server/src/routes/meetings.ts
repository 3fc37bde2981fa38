import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

/** Creates the handlers of VideoAPI v2: service information, meetings and participants. */
export function meetingHandlers(context: AppContext): OperationHandlers {
  const meetings = context.meetings;
  const participants = context.participants;
  return {
    getVideoApiInfo: (c) => c.json(context.videoApiInfo),
    searchMeetings: async (c, { query, principal }) =>
      c.json(await meetings.search(principal, query)),
    // MedCom's VideoAPI v2 returns 200, not 201, for a created meeting.
    createMeeting: async (c, { body, principal }) => c.json(await meetings.create(principal, body)),
    getMeeting: async (c, { params, principal }) =>
      c.json(await meetings.get(principal, params.uuid)),
    updateMeeting: async (c, { params, body, principal }) =>
      c.json(await meetings.replace(principal, params.uuid, body)),
    patchMeeting: async (c, { params, body, principal }) =>
      c.json(await meetings.patch(principal, params.uuid, body)),
    deleteMeeting: async (c, { params, principal }) => {
      await meetings.delete(principal, params.uuid);
      return c.body(null, 204);
    },
    listParticipants: async (c, { params, principal }) =>
      c.json(await participants.list(principal, params.uuid)),
    addParticipants: async (c, { params, body, principal }) =>
      c.json(await participants.add(principal, params.uuid, body)),
    updateParticipant: async (c, { params, body, principal }) =>
      c.json(
        await participants.updateRole(principal, params.uuid, params.participantUuid, body.role),
      ),
    removeParticipant: async (c, { params, principal }) => {
      await participants.remove(principal, params.uuid, params.participantUuid);
      return c.body(null, 204);
    },
  };
}
