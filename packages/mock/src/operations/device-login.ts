/**
 * Device logins with a password or a one-click code, which return the token endpoint's shape.
 */
import type { Device, TokenResponse } from '@vdx/sdk/types';
import { defineOperation } from '../define-operation.js';
import type { MockContext } from '../operation-types.js';
import { ApiProblem } from '../problems.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Issues a device access token.
 *
 * NOTE: no refresh token is issued, because the spec does not say how a device would renew
 * one. The realm's refresh_token grant authenticates OAuth clients, so a device logs in again.
 */
function issueDeviceToken(mock: MockContext, device: Device): TokenResponse {
  const lifetime = mock.accessTokenLifetimeSeconds;
  const accessToken = mock.state.tokens.issueAccessToken({
    subject: { kind: 'device', deviceId: device.id },
    scope: '',
    expiresAt: new Date(mock.state.now().getTime() + lifetime * 1000),
  });
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: lifetime,
    'not-before-policy': 0,
  };
}

/** `POST /devices/v1/login` */
export const loginDevice = defineOperation('loginDevice', async (context) => {
  const { mock, body } = context;
  const device = await mock.state.devices.verifyPassword(body.loginId, body.password);
  if (!device) {
    throw new ApiProblem(
      401,
      2004,
      'The login id or password is wrong, or the device is disabled. Check the credentials or reset the device password.',
    );
  }
  return { status: 200, body: issueDeviceToken(mock, device), headers: NO_STORE };
});

/** `POST /devices/v1/login/one-click`: the code is spent by this call whatever the outcome. */
export const loginDeviceOneClick = defineOperation('loginDeviceOneClick', (context) => {
  const { mock, body } = context;
  const device = mock.state.devices.spendLoginCode(body.code);
  if (!device) {
    throw new ApiProblem(
      401,
      2005,
      'The one-click code is unknown, spent or expired. Create a new login link for the device.',
    );
  }
  if (device.status !== 'active') {
    throw new ApiProblem(
      401,
      2004,
      `Device ${device.id} is disabled, so it cannot log in. Set its status to active first.`,
    );
  }
  return { status: 200, body: issueDeviceToken(mock, device), headers: NO_STORE };
});
