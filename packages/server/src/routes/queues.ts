import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

/** Creates the handlers of the meeting and message queues of each device. */
export function queueHandlers(context: AppContext): OperationHandlers {
  const service = context.queues;
  return {
    listQueuedMeetings: async (c, { params, query, principal }) =>
      c.json(await service.list(principal, params.deviceId, 'meetings', query)),
    enqueueMeeting: async (c, { params, body, principal }) =>
      c.json(await service.enqueue(principal, params.deviceId, 'meetings', body), 201),
    clearMeetingQueue: async (c, { params, principal }) =>
      c.json(await service.clear(principal, params.deviceId, 'meetings')),
    takeNextMeeting: async (c, { params, principal }) => {
      const item = await service.takeNext(principal, params.deviceId, 'meetings');
      return item ? c.json(item) : c.body(null, 204);
    },
    listQueuedMessages: async (c, { params, query, principal }) =>
      c.json(await service.list(principal, params.deviceId, 'messages', query)),
    enqueueMessage: async (c, { params, body, principal }) =>
      c.json(await service.enqueue(principal, params.deviceId, 'messages', body), 201),
    clearMessageQueue: async (c, { params, principal }) =>
      c.json(await service.clear(principal, params.deviceId, 'messages')),
    takeNextMessage: async (c, { params, principal }) => {
      const item = await service.takeNext(principal, params.deviceId, 'messages');
      return item ? c.json(item) : c.body(null, 204);
    },
  };
}
