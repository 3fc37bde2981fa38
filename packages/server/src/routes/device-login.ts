import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** Creates the handlers of device login under `/devices/v1/login`. */
export function deviceLoginHandlers(context: AppContext): OperationHandlers {
  const service = context.deviceLogin;
  return {
    loginDevice: async (c, { body }) => {
      const attempt = { kind: 'device' as const, id: body.loginId };
      const tokens = await context.loginGuard.run(c, attempt, () =>
        service.loginWithPassword(body),
      );
      return c.json(tokens, 200, NO_STORE);
    },
    loginDeviceOneClick: async (c, { body }) =>
      c.json(await service.loginWithCode(body), 200, NO_STORE),
  };
}
