import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** Creates the handlers of device login under `/devices/v1/login`. */
export function deviceLoginHandlers(context: AppContext): OperationHandlers {
  const service = context.deviceLogin;
  return {
    loginDevice: async (c, { body }) =>
      c.json(await service.loginWithPassword(body), 200, NO_STORE),
    loginDeviceOneClick: async (c, { body }) =>
      c.json(await service.loginWithCode(body), 200, NO_STORE),
  };
}
