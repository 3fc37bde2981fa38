/**
 * The organisation service: one organisation, its descendants, and the caller's subtree.
 */
import { defineOperation } from '../define-operation.js';
import { requireCaller, requireOrganisation } from '../scope.js';

/** `GET /services/v2/organisation/{code}` */
export const getOrganisation = defineOperation('getOrganisation', (context) => {
  const { code } = context.path;
  requireOrganisation(context.mock, requireCaller(context), code);
  return { status: 200, body: context.mock.state.directory.getOrganisation(code)! };
});

/** `GET /services/v2/organisation/{code}/descendants` */
export const listOrganisationDescendants = defineOperation(
  'listOrganisationDescendants',
  (context) => {
    const { code } = context.path;
    requireOrganisation(context.mock, requireCaller(context), code);
    return { status: 200, body: context.mock.state.directory.listDescendants(code) };
  },
);

/** `GET /services/v2/organisationtree` */
export const getOrganisationTree = defineOperation('getOrganisationTree', (context) => {
  const caller = requireCaller(context);
  return { status: 200, body: context.mock.state.directory.getTree(caller.organisationCode)! };
});
