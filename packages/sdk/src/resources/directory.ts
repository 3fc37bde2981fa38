import type { components, operations } from '../types.js';
import { dataOf, type RawClient } from './result.js';

type Schemas = components['schemas'];

/** An organisation as the directory lists it: code, name and parent code. */
export type DirectoryOrganisation = Schemas['DirectoryOrganisation'];
/** One page of `directory.organisations()`. */
export type DirectoryOrganisationPage = Schemas['DirectoryOrganisationPage'];
/** A user as the directory lists it: e-mail, name and organisation. */
export type DirectoryUser = Schemas['DirectoryUser'];
/** One page of `directory.users()`. */
export type DirectoryUserPage = Schemas['DirectoryUserPage'];
/** An active device as the directory lists it: id, name and organisation. */
export type DirectoryDevice = Schemas['DirectoryDevice'];
/** One page of `directory.devices()`. */
export type DirectoryDevicePage = Schemas['DirectoryDevicePage'];

/** The query of OrganisationSearch: `name` (required), `limit` and `cursor`. */
export type DirectoryOrganisationQuery =
  operations['searchDirectoryOrganisations']['parameters']['query'];
/** The query of ParticipantSearch: `organisationName` and/or `query`, `limit` and `cursor`. */
export type DirectoryUserQuery = NonNullable<
  operations['searchDirectoryUsers']['parameters']['query']
>;
/** The query of DeviceSearch: `organisationName` and/or `name`, `limit` and `cursor`. */
export type DirectoryDeviceQuery = NonNullable<
  operations['searchDirectoryDevices']['parameters']['query']
>;

/**
 * The VDX directory of the appointment service (`/appointments/v1/directory`): find
 * organisations, users and devices anywhere in VDX to invite them to meetings. Name filters are
 * case-insensitive substrings, and results are ordered by name. The reference server allows 60
 * directory searches per client per minute and returns 429 (code 6001) beyond that.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface DirectoryApi {
  /**
   * OrganisationSearch: one page of organisations whose name contains `name`. Invite one with
   * its `code` as the `externalId` of an `ORGANISATION` participant.
   *
   * @example
   * ```ts
   * const { items } = await client.directory.organisations({ name: 'supplier' });
   * ```
   */
  organisations(query: DirectoryOrganisationQuery): Promise<DirectoryOrganisationPage>;
  /**
   * ParticipantSearch: one page of users by organisation name, by name or e-mail, or both. At
   * least one filter is required (400, code 1003). Invite one with its `email` as the
   * `externalId` of a `USER` participant.
   */
  users(query: DirectoryUserQuery): Promise<DirectoryUserPage>;
  /**
   * DeviceSearch: one page of active devices by organisation name, by device name, or both. At
   * least one filter is required (400, code 1003). Invite one with its `id` as the
   * `externalId` of a `DEVICE` participant.
   */
  devices(query: DirectoryDeviceQuery): Promise<DirectoryDevicePage>;
}

/** Creates the directory helpers over a raw client. */
export function createDirectoryApi(raw: RawClient): DirectoryApi {
  return {
    organisations: async (query) =>
      dataOf(raw.GET('/appointments/v1/directory/organisations', { params: { query } }), 'GET'),
    users: async (query) =>
      dataOf(raw.GET('/appointments/v1/directory/users', { params: { query } }), 'GET'),
    devices: async (query) =>
      dataOf(raw.GET('/appointments/v1/directory/devices', { params: { query } }), 'GET'),
  };
}
