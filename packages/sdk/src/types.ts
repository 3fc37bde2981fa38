/**
 * Types generated from the VDX OpenAPI document, with short names for the schemas that
 * integrators use most.
 */
import type { components } from './generated/openapi.js';

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
