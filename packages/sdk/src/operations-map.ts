import type { operations } from './generated/openapi.js';

/** An operationId of the VDX OpenAPI document. */
export type VdxOperationId = keyof operations;

/**
 * The client helper that calls each operation, as a dotted path on the object that
 * `createVdxClient()` returns: `'devices.get'` is `client.devices.get()`.
 */
export const SDK_OPERATION_METHODS = {
  getOrganisation: 'organisations.get',
  listOrganisationDescendants: 'organisations.descendants',
  getOrganisationTree: 'organisations.tree',
  listDevices: 'devices.list',
  createDevice: 'devices.create',
  getDevice: 'devices.get',
  updateDevice: 'devices.update',
  deleteDevice: 'devices.delete',
  resetDevicePassword: 'devices.resetPassword',
  createDeviceLoginLink: 'devices.createLoginLink',
  loginDevice: 'devices.login',
  loginDeviceOneClick: 'devices.loginOneClick',
  listQueuedMeetings: 'queues.meetings.list',
  enqueueMeeting: 'queues.meetings.push',
  clearMeetingQueue: 'queues.meetings.clear',
  takeNextMeeting: 'queues.meetings.next',
  listQueuedMessages: 'queues.messages.list',
  enqueueMessage: 'queues.messages.push',
  clearMessageQueue: 'queues.messages.clear',
  takeNextMessage: 'queues.messages.next',
  getWebhook: 'webhooks.get',
  setWebhook: 'webhooks.set',
  removeWebhook: 'webhooks.remove',
  listWebhookDeliveries: 'webhooks.deliveries',
  sendWebhookTest: 'webhooks.test',
  getVideoApiInfo: 'meetings.info',
  searchMeetings: 'meetings.search',
  createMeeting: 'meetings.create',
  getMeeting: 'meetings.get',
  updateMeeting: 'meetings.update',
  patchMeeting: 'meetings.patch',
  deleteMeeting: 'meetings.delete',
  listParticipants: 'meetings.participants.list',
  addParticipants: 'meetings.participants.add',
  updateParticipant: 'meetings.participants.update',
  removeParticipant: 'meetings.participants.remove',
  searchAppointments: 'appointments.search',
  searchDirectoryOrganisations: 'directory.organisations',
  searchDirectoryUsers: 'directory.users',
  searchDirectoryDevices: 'directory.devices',
  takeAppointmentLog: 'appointments.log.take',
} as const satisfies { [K in VdxOperationId]?: string };

/**
 * Operations that no client helper calls, each with the reason and, where the SDK uses the
 * operation elsewhere, the export that does.
 */
export const SDK_OPERATIONS_WITHOUT_METHOD = {
  getOpenIdConfiguration:
    'Read by the clientCredentials({ issuer }) token provider during OpenID discovery.',
  requestToken: 'Called by the clientCredentials() token provider, not by client helpers.',
  getJwks:
    'Resource servers verify tokens with the JWKS; an API client only sends its token, so the SDK never reads it.',
  revokeToken:
    'TODO: no helper revokes a refresh token yet; the clientCredentials() provider lets its tokens expire.',
  exchangeStsToken:
    'The legacy STS exchange issues no OAuth token; clientCredentials() rejects its URL and @vdx/sdk/migration explains the move to OAuth.',
} as const satisfies { [K in VdxOperationId]?: string };
