import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

/** Creates the handlers of the appointment service: search, directory and appointment log. */
export function appointmentHandlers(context: AppContext): OperationHandlers {
  const { appointments, directorySearch, appointmentLog } = context;
  return {
    searchAppointments: async (c, { query, principal }) =>
      c.json(await appointments.search(principal, query)),
    searchDirectoryOrganisations: async (c, { query, principal }) =>
      c.json(await directorySearch.searchOrganisations(principal, query)),
    searchDirectoryUsers: async (c, { query, principal }) =>
      c.json(await directorySearch.searchUsers(principal, query)),
    searchDirectoryDevices: async (c, { query, principal }) =>
      c.json(await directorySearch.searchDevices(principal, query)),
    takeAppointmentLog: async (c, { query, principal }) =>
      c.json(await appointmentLog.take(principal, query.limit)),
  };
}
