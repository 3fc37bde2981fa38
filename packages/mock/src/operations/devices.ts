/**
 * Device management: list, create, read, update and delete devices, reset their passwords and
 * create one-click login links.
 */
import type { Device } from '@vdx/sdk/types';
import { defineOperation } from '../define-operation.js';
import type { MockContext } from '../operation-types.js';
import { paginate } from '../pagination.js';
import { requireCaller, requireDevice, requireOrganisation } from '../scope.js';

const NO_STORE = { 'Cache-Control': 'no-store' };
const DEFAULT_LINK_LIFETIME_SECONDS = 900;

interface DeviceFilter {
  organisationCode?: string;
  status?: string;
  kind?: string;
  q?: string;
}

function matchesFilter(mock: MockContext, device: Device, filter: DeviceFilter): boolean {
  const { organisationCode, status, kind, q } = filter;
  const { directory } = mock.state;
  if (organisationCode && !directory.isInSubtree(organisationCode, device.organisationCode)) {
    return false;
  }
  if ((status && device.status !== status) || (kind && device.kind !== kind)) {
    return false;
  }
  if (q) {
    const text = q.toLowerCase();
    const fields = [device.name, device.description ?? '', device.loginId];
    return fields.some((field) => field.toLowerCase().includes(text));
  }
  return true;
}

/** `GET /devices/v1/devices`: newest first, within the caller's subtree. */
export const listDevices = defineOperation('listDevices', (context) => {
  const { mock, query } = context;
  const caller = requireCaller(context);
  if (query.organisationCode) {
    requireOrganisation(mock, caller, query.organisationCode);
  }
  const visible = mock.state.devices
    .list()
    .filter((device) =>
      mock.state.directory.isInSubtree(caller.organisationCode, device.organisationCode),
    )
    .filter((device) => matchesFilter(mock, device, query));
  return { status: 200, body: paginate(visible, query.limit, query.cursor) };
});

/** `POST /devices/v1/devices` */
export const createDevice = defineOperation('createDevice', (context) => {
  const { mock, body } = context;
  requireOrganisation(mock, requireCaller(context), body.organisationCode);
  const device = mock.state.devices.create(body);
  const location = `${mock.baseUrl}/devices/v1/devices/${device.id}`;
  return { status: 201, body: device, headers: { Location: location } };
});

/** `GET /devices/v1/devices/{deviceId}` */
export const getDevice = defineOperation('getDevice', (context) => {
  const device = requireDevice(context.mock, requireCaller(context), context.path.deviceId);
  return { status: 200, body: device };
});

/** `PATCH /devices/v1/devices/{deviceId}`: both the old and a new organisation must be visible. */
export const updateDevice = defineOperation('updateDevice', (context) => {
  const { mock, body } = context;
  const caller = requireCaller(context);
  const device = requireDevice(mock, caller, context.path.deviceId);
  if (body.organisationCode !== undefined) {
    requireOrganisation(mock, caller, body.organisationCode);
  }
  return { status: 200, body: mock.state.devices.update(device.id, body)! };
});

/** `DELETE /devices/v1/devices/{deviceId}`: the device's queues and tokens go with it. */
export const deleteDevice = defineOperation('deleteDevice', (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  mock.state.devices.delete(device.id);
  mock.state.meetings.clear(device.id);
  mock.state.messages.clear(device.id);
  return { status: 204, body: undefined };
});

/** `POST /devices/v1/devices/{deviceId}/password`: the password is returned only here. */
export const resetDevicePassword = defineOperation('resetDevicePassword', async (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const password = (await mock.state.devices.resetPassword(device.id))!;
  return {
    status: 200,
    body: { deviceId: device.id, loginId: device.loginId, password },
    headers: NO_STORE,
  };
});

/** `POST /devices/v1/devices/{deviceId}/login-links` */
export const createDeviceLoginLink = defineOperation('createDeviceLoginLink', (context) => {
  const { mock } = context;
  const device = requireDevice(mock, requireCaller(context), context.path.deviceId);
  const lifetime = context.body?.expiresInSeconds ?? DEFAULT_LINK_LIFETIME_SECONDS;
  const link = mock.state.devices.createLoginLink(device.id, lifetime);
  return {
    status: 201,
    body: {
      deviceId: device.id,
      code: link.code,
      url: `${mock.baseUrl}/devices/v1/login/one-click#code=${link.code}`,
      expiresAt: link.expiresAt.toISOString(),
    },
    headers: NO_STORE,
  };
});
