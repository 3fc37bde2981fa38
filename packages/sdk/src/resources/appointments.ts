import type { components, operations } from '../types.js';
import { type AppointmentLogApi, createAppointmentLogApi } from './appointment-log.js';
import { dataOf, followCursors, type RawClient } from './result.js';

/** A meeting as the organisations that take part in it see it, with its participants. */
export type Appointment = components['schemas']['Appointment'];
/** A participant as AppointmentSearch shows it; a citizen's contact is hidden from guests. */
export type AppointmentParticipant = components['schemas']['AppointmentParticipant'];
/** One page of `appointments.search()`. */
export type AppointmentPage = components['schemas']['AppointmentPage'];
/**
 * The filters and paging of AppointmentSearch: `organisationCode`, `deviceId`, `userEmail`,
 * `fromStartTime`, `toStartTime`, `limit` and `cursor`. Filters combine with AND.
 */
export type AppointmentSearchQuery = NonNullable<
  operations['searchAppointments']['parameters']['query']
>;

/**
 * The appointment service (`/appointments/v1`): the meetings in which the caller's
 * organisation subtree takes part, as owner, as an invited organisation, or through an
 * invited user or device, across all of VDX.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface AppointmentsApi {
  /**
   * AppointmentSearch: one page of visible appointments, ordered by start time. An
   * `organisationCode` or `deviceId` outside the caller's subtree is a 404.
   */
  search(query?: AppointmentSearchQuery): Promise<AppointmentPage>;
  /**
   * Iterates over every matching appointment, fetching the next page as the loop reaches it.
   *
   * @example
   * ```ts
   * for await (const appointment of client.appointments.searchAll({ fromStartTime })) {
   *   console.log(appointment.subject, appointment.uriWithDomain, appointment.guestPin);
   * }
   * ```
   */
  searchAll(query?: Omit<AppointmentSearchQuery, 'cursor'>): AsyncIterable<Appointment>;
  /** The calling client's appointment log. */
  log: AppointmentLogApi;
}

/** Creates the appointment helpers over a raw client. */
export function createAppointmentsApi(raw: RawClient): AppointmentsApi {
  const search = async (query?: AppointmentSearchQuery) =>
    dataOf(raw.GET('/appointments/v1/appointments', { params: { query } }), 'GET');

  return {
    search,
    searchAll: (query) => followCursors((cursor) => search({ ...query, cursor })),
    log: createAppointmentLogApi(raw),
  };
}
