import { VdxApiError, VdxAuthError } from '../errors.js';
import type {
  Device,
  DeviceCreate,
  DeviceCreateInput,
  DeviceCredentials,
  DeviceListQuery,
  DeviceLoginRequest,
  DevicePage,
  DeviceUpdate,
  LoginLink,
  LoginLinkCreate,
  OneClickLoginRequest,
  TokenResponse,
} from '../types.js';
import {
  dataOf,
  followCursors,
  type IdempotencyOptions,
  idempotencyHeader,
  type RawClient,
  requireId,
} from './result.js';

/**
 * The device service (`/devices/v1`): registration, credentials, login links and device login.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface DevicesApi {
  /** Lists one page of devices in the caller's organisation subtree. */
  list(query?: DeviceListQuery): Promise<DevicePage>;
  /**
   * Iterates over all matching devices, fetching the next page as the loop reaches it.
   *
   * @example
   * ```ts
   * for await (const device of client.devices.listAll({ status: 'active' })) {
   *   names.push(device.name);
   * }
   * ```
   */
  listAll(query?: Omit<DeviceListQuery, 'cursor'>): AsyncIterable<Device>;
  /** Gets one device; a device outside the caller's subtree is a 404 (code 4001). */
  get(deviceId: string): Promise<Device>;
  /** Registers a device; the server assigns its id and login id. */
  create(body: DeviceCreateInput, options?: IdempotencyOptions): Promise<Device>;
  /** Changes the given fields of a device. */
  update(deviceId: string, body: DeviceUpdate): Promise<Device>;
  /** Deletes a device and its queues. */
  delete(deviceId: string): Promise<void>;
  /** Generates a new password; the response is the only place it can be read. */
  resetPassword(deviceId: string, options?: IdempotencyOptions): Promise<DeviceCredentials>;
  /** Creates a one-click login link with a one-time code (default lifetime 900 s). */
  createLoginLink(
    deviceId: string,
    body?: LoginLinkCreate,
    options?: IdempotencyOptions,
  ): Promise<LoginLink>;
  /**
   * Logs a device in with its login id and password; needs no client token.
   *
   * @throws {VdxAuthError} for HTTP 401 (wrong credentials or a disabled device, code 2004),
   *   with the `VdxApiError` as `cause`.
   */
  login(body: DeviceLoginRequest): Promise<TokenResponse>;
  /**
   * Logs a device in with a one-click code; needs no client token.
   *
   * @throws {VdxAuthError} for HTTP 401 (an unknown, spent or expired code, code 2005), with
   *   the `VdxApiError` as `cause`.
   */
  loginOneClick(body: OneClickLoginRequest): Promise<TokenResponse>;
}

/** Creates the device helpers over a raw client. */
export function createDevicesApi(raw: RawClient): DevicesApi {
  const list = async (query?: DeviceListQuery) =>
    dataOf(raw.GET('/devices/v1/devices', { params: { query } }), 'GET');

  return {
    list,
    listAll: (query) => followCursors((cursor) => list({ ...query, cursor })),
    get: async (deviceId) =>
      dataOf(raw.GET('/devices/v1/devices/{deviceId}', { params: devicePath(deviceId) }), 'GET'),
    create: async (body, options) =>
      dataOf(
        raw.POST('/devices/v1/devices', {
          // The server fills in the defaults of kind and status.
          body: body as DeviceCreate,
          params: { header: idempotencyHeader(options) },
        }),
        'POST',
      ),
    update: async (deviceId, body) =>
      dataOf(
        raw.PATCH('/devices/v1/devices/{deviceId}', { params: devicePath(deviceId), body }),
        'PATCH',
      ),
    delete: async (deviceId) => {
      await dataOf(
        raw.DELETE('/devices/v1/devices/{deviceId}', { params: devicePath(deviceId) }),
        'DELETE',
      );
    },
    resetPassword: async (deviceId, options) =>
      dataOf(
        raw.POST('/devices/v1/devices/{deviceId}/password', {
          params: { ...devicePath(deviceId), header: idempotencyHeader(options) },
        }),
        'POST',
      ),
    createLoginLink: async (deviceId, body, options) =>
      dataOf(
        raw.POST('/devices/v1/devices/{deviceId}/login-links', {
          params: { ...devicePath(deviceId), header: idempotencyHeader(options) },
          body,
        }),
        'POST',
      ),
    login: async (body) => asLoginFailure(dataOf(raw.POST('/devices/v1/login', { body }), 'POST')),
    loginOneClick: async (body) =>
      asLoginFailure(dataOf(raw.POST('/devices/v1/login/one-click', { body }), 'POST')),
  };
}

function devicePath(deviceId: string) {
  return { path: { deviceId: requireId(deviceId, 'deviceId') } };
}

async function asLoginFailure<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof VdxApiError && error.status === 401) {
      throw new VdxAuthError(
        `Device login failed: ${error.message}.`,
        { status: error.status, requestId: error.requestId },
        { cause: error },
      );
    }
    throw error;
  }
}
