import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

/** Creates the handlers of device management under `/devices/v1/devices`. */
export function deviceHandlers(context: AppContext): OperationHandlers {
  const service = context.devices;
  return {
    listDevices: async (c, { query, principal }) => c.json(await service.list(principal, query)),
    createDevice: async (c, { body, principal }) => {
      const device = await service.create(principal, body);
      return c.json(device, 201, { Location: `/devices/v1/devices/${device.id}` });
    },
    getDevice: async (c, { params, principal }) =>
      c.json(await service.get(principal, params.deviceId)),
    updateDevice: async (c, { params, body, principal }) =>
      c.json(await service.update(principal, params.deviceId, body)),
    deleteDevice: async (c, { params, principal }) => {
      await service.delete(principal, params.deviceId);
      return c.body(null, 204);
    },
    resetDevicePassword: async (c, { params, principal }) => {
      const credentials = await service.resetPassword(principal, params.deviceId);
      return c.json(credentials, 200, { 'Cache-Control': 'no-store' });
    },
    createDeviceLoginLink: async (c, { params, body, principal }) => {
      const link = await service.createLoginLink(principal, params.deviceId, body);
      return c.json(link, 201, { 'Cache-Control': 'no-store' });
    },
  };
}
