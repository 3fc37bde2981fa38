/**
 * Each device's meeting and message queues: FIFO, consumed on read.
 */
import { defineOperation } from '../define-operation.js';
import { paginate } from '../pagination.js';
import { ApiProblem } from '../problems.js';
import { requireCaller, requireDevice } from '../scope.js';

/** `GET /devices/v1/devices/{deviceId}/meetings`: oldest first, consumes nothing. */
export const listQueuedMeetings = defineOperation('listQueuedMeetings', (context) => {
  const { mock, query } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const items = mock.state.meetings.list(device.id);
  return { status: 200, body: paginate(items, query.limit, query.cursor) };
});

/**
 * `POST /devices/v1/devices/{deviceId}/meetings`: `endTime` must be after `startTime`. Raises
 * `device.meeting.enqueued`.
 */
export const enqueueMeeting = defineOperation('enqueueMeeting', (context) => {
  const { mock, body } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  if (Date.parse(body.endTime) <= Date.parse(body.startTime)) {
    throw new ApiProblem(
      400,
      1006,
      `/endTime: must be after startTime; got startTime ${body.startTime} and endTime ${body.endTime}.`,
    );
  }
  const meeting = mock.state.meetings.enqueue(device.id, body);
  mock.state.raiseWebhookEvent([device.organisationCode], 'device.meeting.enqueued', {
    deviceId: device.id,
    deviceOrganisationCode: device.organisationCode,
    itemId: meeting.id,
    enqueuedTime: meeting.enqueuedTime,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
  });
  return { status: 201, body: meeting };
});

/** `DELETE /devices/v1/devices/{deviceId}/meetings` */
export const clearMeetingQueue = defineOperation('clearMeetingQueue', (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  return { status: 200, body: { cleared: mock.state.meetings.clear(device.id) } };
});

/** `POST /devices/v1/devices/{deviceId}/meetings/next`: 200 with the oldest meeting, or 204. */
export const takeNextMeeting = defineOperation('takeNextMeeting', (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const meeting = mock.state.meetings.takeNext(device.id);
  return meeting ? { status: 200, body: meeting } : { status: 204, body: undefined };
});

/** `GET /devices/v1/devices/{deviceId}/messages`: oldest first, consumes nothing. */
export const listQueuedMessages = defineOperation('listQueuedMessages', (context) => {
  const { mock, query } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const items = mock.state.messages.list(device.id);
  return { status: 200, body: paginate(items, query.limit, query.cursor) };
});

/** `POST /devices/v1/devices/{deviceId}/messages`: raises `device.message.enqueued`. */
export const enqueueMessage = defineOperation('enqueueMessage', (context) => {
  const { mock, body } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const message = mock.state.messages.enqueue(device.id, body);
  mock.state.raiseWebhookEvent([device.organisationCode], 'device.message.enqueued', {
    deviceId: device.id,
    deviceOrganisationCode: device.organisationCode,
    itemId: message.id,
    enqueuedTime: message.enqueuedTime,
  });
  return { status: 201, body: message };
});

/** `DELETE /devices/v1/devices/{deviceId}/messages` */
export const clearMessageQueue = defineOperation('clearMessageQueue', (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  return { status: 200, body: { cleared: mock.state.messages.clear(device.id) } };
});

/** `POST /devices/v1/devices/{deviceId}/messages/next`: 200 with the oldest message, or 204. */
export const takeNextMessage = defineOperation('takeNextMessage', (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const message = mock.state.messages.takeNext(device.id);
  return message ? { status: 200, body: message } : { status: 204, body: undefined };
});
