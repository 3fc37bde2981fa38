/**
 * Typed client of the VDX API: `createVdxClient` with resource helpers, OAuth client-credentials
 * and device token providers, and one error hierarchy. Demo data lives in `@vdx/sdk/demo`.
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
  type FailedRequest,
  isApiErrorBody,
  toVdxError,
  VdxApiError,
  type VdxApiErrorDetails,
  VdxAuthError,
  type VdxAuthErrorDetails,
  VdxError,
  type VdxErrorOptions,
  VdxNetworkError,
  VdxTimeoutError,
} from './errors.js';
export type { VdxLogFields, VdxLogger } from './logger.js';
export type { DevicesApi } from './resources/devices.js';
export type { OrganisationsApi } from './resources/organisations.js';
export type { QueueApi, QueuesApi } from './resources/queues.js';
export type { IdempotencyOptions } from './resources/result.js';
export type { StaticAccessToken, TokenInfo, TokenProvider } from './token-provider.js';
export * from './types.js';
