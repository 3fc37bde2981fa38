/**
 * Typed client of the VDX API: `createVdxClient` with resource helpers, OAuth client-credentials
 * and device token providers, known environments, and one error hierarchy. Demo data lives in
 * `@vdx/sdk/demo`, and the STS-to-OAuth migration helpers (Node.js only) in
 * `@vdx/sdk/migration`.
 */
export { createVdxClient, type VdxClient, type VdxClientOptions } from './client.js';
export {
  type ClientCredentialsOptions,
  type ClientCredentialsProvider,
  clientCredentials,
} from './client-credentials.js';
export {
  type DeviceCodeLogin,
  type DeviceCredentialsOptions,
  type DevicePasswordLogin,
  deviceCredentials,
} from './device-credentials.js';
export {
  type ResolvedEnvironment,
  resolveEnvironment,
  VDX_ENVIRONMENTS,
  type VdxEnvironment,
  type VdxEnvironmentName,
} from './environments.js';
export {
  type FailedRequest,
  isApiErrorBody,
  toVdxError,
  VdxApiError,
  type VdxApiErrorDetails,
  VdxArgumentError,
  VdxAuthError,
  type VdxAuthErrorDetails,
  type VdxAuthReason,
  VdxError,
  type VdxErrorOptions,
  VdxNetworkError,
  type VdxNetworkReason,
  VdxTimeoutError,
} from './errors.js';
export type { VdxLogFields, VdxLogger } from './logger.js';
export {
  SDK_OPERATION_METHODS,
  SDK_OPERATIONS_WITHOUT_METHOD,
  type VdxOperationId,
} from './operations-map.js';
export type {
  AppointmentLogApi,
  AppointmentLogBatch,
  AppointmentLogChange,
  AppointmentLogEntry,
  AppointmentLogPollOptions,
  AppointmentLogTakeOptions,
} from './resources/appointment-log.js';
export type {
  Appointment,
  AppointmentPage,
  AppointmentParticipant,
  AppointmentSearchQuery,
  AppointmentsApi,
} from './resources/appointments.js';
export type { DevicesApi } from './resources/devices.js';
export type {
  DirectoryApi,
  DirectoryDevice,
  DirectoryDevicePage,
  DirectoryDeviceQuery,
  DirectoryOrganisation,
  DirectoryOrganisationPage,
  DirectoryOrganisationQuery,
  DirectoryUser,
  DirectoryUserPage,
  DirectoryUserQuery,
} from './resources/directory.js';
export type {
  Meeting,
  MeetingCreate,
  MeetingPatch,
  MeetingSearchQuery,
  MeetingsApi,
  MeetingUpdate,
  Participant,
  ParticipantCreate,
  ParticipantRole,
  ParticipantsApi,
  ParticipantType,
  VideoApiInfo,
} from './resources/meetings.js';
export type { OrganisationsApi } from './resources/organisations.js';
export type { QueueApi, QueuesApi } from './resources/queues.js';
export type { IdempotencyOptions } from './resources/result.js';
export type { WebhookDeliveryQuery, WebhooksApi } from './resources/webhooks.js';
export { describeToken, type TokenIdentity, VDX_CLAIMS } from './token-identity.js';
export type { StaticAccessToken, TokenInfo, TokenProvider } from './token-provider.js';
export * from './types.js';
export {
  signWebhookPayload,
  VdxWebhookError,
  type VdxWebhookEvent,
  type VdxWebhookEventOf,
  type VdxWebhookEventType,
  type VdxWebhookReason,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookHeaders,
} from './webhooks.js';
