import type { DeviceLoginRequest, OneClickLoginRequest, TokenResponse } from '@vdx/sdk/types';
import { ApiError } from '../errors.js';
import { DEFAULT_SCOPE, formatEpochSeconds } from '../realm/claims.js';
import type { TokenIssuer } from '../realm/token-issuer.js';
import type { DeviceRecord, Store } from '../store/store.js';
import { sha256Hex, verifyAgainstDecoy, verifySecret } from './secrets.js';

/** The only role of a device token. */
export const DEVICE_ROLE = 'device';

/** Device logins by password or one-click code; both issue an access token with role `device`. */
export class DeviceLoginService {
  constructor(
    private readonly store: Store,
    private readonly issuer: TokenIssuer,
  ) {}

  /**
   * Logs a device in with its login id and password.
   *
   * An unknown login id and a wrong password give the same error after the same amount of work.
   *
   * @throws {ApiError} 2004 for wrong credentials or a disabled device.
   */
  async loginWithPassword(body: DeviceLoginRequest): Promise<TokenResponse> {
    const device = await this.store.getDeviceByLoginId(body.loginId);
    const valid = device?.passwordHash
      ? await verifySecret(body.password, device.passwordHash)
      : await verifyAgainstDecoy(body.password);
    if (!device || !valid) {
      throw new ApiError(2004, 'Invalid login id or password.');
    }
    requireActive(device);
    return this.#issue(device);
  }

  /**
   * Logs a device in with a one-click code, spending the code even when the login fails.
   *
   * @throws {ApiError} 2005 for an unknown, spent or expired code; 2004 for a disabled device.
   */
  async loginWithCode(body: OneClickLoginRequest): Promise<TokenResponse> {
    const codeHash = sha256Hex(body.code);
    const code = await this.store.getLoginCode(codeHash);
    if (!code) throw new ApiError(2005, 'The one-click code is unknown. Create a new login link.');
    if (code.usedAt !== null) {
      throw new ApiError(2005, 'The one-click code was already used. Create a new login link.');
    }
    if (code.expiresAt <= Date.now()) {
      const expiredAt = formatEpochSeconds(Math.floor(code.expiresAt / 1000));
      throw new ApiError(
        2005,
        `The one-click code expired at ${expiredAt}. Create a new login link.`,
      );
    }
    // The spec spends the code whether or not the login succeeds, so it is spent (in one atomic
    // step, which also settles concurrent uses) before the device is checked.
    if (!(await this.store.spendLoginCode(codeHash, Date.now()))) {
      throw new ApiError(2005, 'The one-click code was already used. Create a new login link.');
    }
    const device = await this.store.getDevice(code.deviceId);
    if (!device)
      throw new ApiError(2005, 'The one-click code is unknown. Create a new login link.');
    requireActive(device);
    return this.#issue(device);
  }

  #issue(device: DeviceRecord): Promise<TokenResponse> {
    return this.issuer.issue(
      {
        subject: device.id,
        clientId: device.loginId,
        organisationCode: device.organisationCode,
        roles: [DEVICE_ROLE],
        deviceId: device.id,
      },
      { scope: DEFAULT_SCOPE },
    );
  }
}

function requireActive(device: DeviceRecord): void {
  if (device.status !== 'active') {
    throw new ApiError(2004, `Device ${device.id} is disabled; enable it before logging in.`);
  }
}
