/**
 * Types generated from the VDX OpenAPI document, with short names for the schemas that
 * integrators use most.
 */
import type { components, operations } from './generated/openapi.js';

export type { components, operations, paths, webhooks } from './generated/openapi.js';

type Schemas = components['schemas'];

export type ApiError = Schemas['Error'];
export type OAuthErrorBody = Schemas['OAuthError'];
export type TokenResponse = Schemas['TokenResponse'];
export type OpenIdConfiguration = Schemas['OpenIdConfiguration'];
export type Organisation = Schemas['Organisation'];
export type OrganisationTree = Schemas['OrganisationTree'];
export type Device = Schemas['Device'];
export type DeviceCreate = Schemas['DeviceCreate'];
export type DeviceUpdate = Schemas['DeviceUpdate'];
export type DeviceKind = Schemas['DeviceKind'];
export type DeviceStatus = Schemas['DeviceStatus'];
export type DevicePage = Schemas['DevicePage'];
export type DeviceCredentials = Schemas['DeviceCredentials'];
export type LoginLink = Schemas['LoginLink'];
export type LoginLinkCreate = Schemas['LoginLinkCreate'];
export type DeviceLoginRequest = Schemas['DeviceLoginRequest'];
export type OneClickLoginRequest = Schemas['OneClickLoginRequest'];
export type QueuedMeeting = Schemas['QueuedMeeting'];
export type QueuedMeetingCreate = Schemas['QueuedMeetingCreate'];
export type QueuedMeetingPage = Schemas['QueuedMeetingPage'];
export type QueuedMessage = Schemas['QueuedMessage'];
export type QueuedMessageCreate = Schemas['QueuedMessageCreate'];
export type QueuedMessagePage = Schemas['QueuedMessagePage'];
export type QueueCleared = Schemas['QueueCleared'];

/** Filters and paging of `GET /devices/v1/devices`. */
export type DeviceListQuery = NonNullable<operations['listDevices']['parameters']['query']>;
/** Paging of the queue listings (`GET /devices/v1/devices/{deviceId}/meetings` and `/messages`). */
export type QueueListQuery = NonNullable<operations['listQueuedMeetings']['parameters']['query']>;

/**
 * The body of `devices.create()`: `DeviceCreate` with `kind` and `status` optional, since the
 * server applies their defaults (`other`, `active`).
 *
 * NOTE: the generated `DeviceCreate` marks both as required, because openapi-typescript treats
 * schema properties with a `default` as non-optional (its `defaultNonNullable` option, on by
 * default).
 */
export type DeviceCreateInput = Omit<DeviceCreate, 'kind' | 'status'> &
  Partial<Pick<DeviceCreate, 'kind' | 'status'>>;

/**
 * The body of `queues.messages.push()`: `QueuedMessageCreate` with `content` as any JSON object.
 *
 * NOTE: the spec declares `content` as `type: object` without `additionalProperties`, which
 * openapi-typescript turns into `Record<string, never>`, a type that only fits `{}`.
 */
export type QueuedMessageCreateInput = Omit<QueuedMessageCreate, 'content'> & {
  content?: Record<string, unknown>;
};
