import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

/** Creates the handlers of the organisation service under `/services/v2`. */
export function organisationHandlers(context: AppContext): OperationHandlers {
  const service = context.organisations;
  return {
    getOrganisation: (c, { params, principal }) => c.json(service.get(principal, params.code)),
    listOrganisationDescendants: (c, { params, principal }) =>
      c.json(service.descendants(principal, params.code)),
    getOrganisationTree: (c, { principal }) => c.json(service.tree(principal)),
  };
}
