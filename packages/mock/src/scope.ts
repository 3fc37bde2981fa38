/**
 * Lookups that apply the caller's organisation subtree: anything outside it is not found (404),
 * exactly as if it did not exist.
 */
import type { Device } from '@vdx/sdk/types';
import type { Principal } from './auth.js';
import type { MockContext } from './operation-types.js';
import { ApiProblem, deviceNotFound, organisationNotFound } from './problems.js';

/**
 * Returns the authenticated caller of a secured operation.
 *
 * @throws {ApiProblem} 401 with 2001 if the operation was reached without a token, which the
 *   shared authentication step rules out for secured operations.
 */
export function requireCaller(context: { principal: Principal | undefined }): Principal {
  if (!context.principal) {
    throw new ApiProblem(401, 2001, 'The request has no bearer token.');
  }
  return context.principal;
}

/**
 * Returns the device if the caller may see it: a client within its organisation subtree, a
 * device only itself.
 *
 * @throws {ApiProblem} 404 with 4001 otherwise.
 */
export function requireDevice(mock: MockContext, caller: Principal, deviceId: string): Device {
  const device = mock.state.devices.get(deviceId);
  const visible =
    device !== undefined &&
    (caller.kind === 'device'
      ? caller.deviceId === device.id
      : mock.state.directory.isInSubtree(caller.organisationCode, device.organisationCode));
  if (!visible) {
    throw deviceNotFound(deviceId);
  }
  return device;
}

/**
 * Checks that an organisation exists within the caller's subtree.
 *
 * @throws {ApiProblem} 404 with 4002 otherwise.
 */
export function requireOrganisation(mock: MockContext, caller: Principal, code: string): void {
  const exists = mock.state.directory.getOrganisation(code) !== undefined;
  if (!exists || !mock.state.directory.isInSubtree(caller.organisationCode, code)) {
    throw organisationNotFound(code);
  }
}

/**
 * Checks that a realm operation addresses the mock's realm.
 *
 * @throws {ApiProblem} 404 with 4001 for another realm.
 */
export function requireRealm(mock: MockContext, realm: string): void {
  if (realm !== mock.realm) {
    throw new ApiProblem(
      404,
      4001,
      `Realm ${realm} not found. This mock serves the realm ${mock.realm}.`,
    );
  }
}
