import { randomUUID } from 'node:crypto';
import type {
  Device,
  DeviceCreate,
  DeviceCredentials,
  DeviceKind,
  DevicePage,
  DeviceStatus,
  DeviceUpdate,
  LoginLink,
  LoginLinkCreate,
} from '@vdx/sdk/types';
import type { ServerConfig } from '../config.js';
import { deviceNotFound, organisationNotFound } from '../errors.js';
import type { DeviceRecord, Store } from '../store/store.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor } from './cursor.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import type { Principal } from './principal.js';
import {
  generateLoginId,
  generateOneTimeCode,
  generatePassword,
  hashSecret,
  sha256Hex,
} from './secrets.js';

/** Query of the device list, after validation against the spec. */
export interface DeviceListQuery {
  organisationCode?: string;
  status?: DeviceStatus;
  kind?: DeviceKind;
  q?: string;
  limit?: number;
  cursor?: string;
}

/** Attempts at a unique random login id before giving up. */
const LOGIN_ID_ATTEMPTS = 10;
const DEFAULT_LINK_TTL_SECONDS = 900;

/** Device management: access rules on top of the store, for the caller's subtree only. */
export class DeviceService {
  constructor(
    private readonly store: Store,
    private readonly directory: OrganisationDirectory,
    private readonly config: ServerConfig,
  ) {}

  /**
   * Returns a device of the caller's subtree.
   *
   * @throws {ApiError} 4001 when it does not exist or lies outside the subtree.
   */
  async findVisible(principal: Principal, deviceId: string): Promise<DeviceRecord> {
    const device = await this.store.getDevice(deviceId);
    if (!device || !this.directory.isWithin(device.organisationCode, principal.organisationCode)) {
      throw deviceNotFound(deviceId);
    }
    return device;
  }

  /** Lists devices of the caller's subtree, newest first, one page at a time. */
  async list(principal: Principal, query: DeviceListQuery): Promise<DevicePage> {
    const root = query.organisationCode ?? principal.organisationCode;
    this.#requireVisibleOrganisation(principal, root);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const records = await this.store.listDevices({
      organisationCodes: this.directory.subtreeCodes(root),
      status: query.status,
      kind: query.kind,
      text: query.q?.toLowerCase(),
      beforeSeq: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      limit: limit + 1,
    });
    const page = records.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toDevice),
      nextCursor: records.length > limit && last ? encodeCursor(last.seq) : null,
    };
  }

  /** Registers a device in an organisation of the caller's subtree. */
  async create(principal: Principal, body: DeviceCreate): Promise<Device> {
    this.#requireVisibleOrganisation(principal, body.organisationCode);
    const kind = body.kind ?? 'other';
    const now = new Date().toISOString();
    const record = await this.store.insertDevice({
      id: randomUUID(),
      name: body.name,
      description: body.description ?? null,
      organisationCode: body.organisationCode,
      kind,
      status: body.status ?? 'active',
      loginId: await this.#uniqueLoginId(kind),
      passwordHash: null,
      metadata: body.metadata ?? {},
      createdTime: now,
      updatedTime: now,
    });
    return toDevice(record);
  }

  /** Returns one device of the caller's subtree. */
  async get(principal: Principal, deviceId: string): Promise<Device> {
    return toDevice(await this.findVisible(principal, deviceId));
  }

  /** Changes the fields present in `body`; moving needs both organisations in the subtree. */
  async update(principal: Principal, deviceId: string, body: DeviceUpdate): Promise<Device> {
    await this.findVisible(principal, deviceId);
    if (body.organisationCode !== undefined) {
      this.#requireVisibleOrganisation(principal, body.organisationCode);
    }
    const updated = await this.store.updateDevice(deviceId, {
      ...body,
      updatedTime: new Date().toISOString(),
    });
    if (!updated) throw deviceNotFound(deviceId);
    return toDevice(updated);
  }

  /** Deletes a device with its credentials, login links and queues. */
  async delete(principal: Principal, deviceId: string): Promise<void> {
    await this.findVisible(principal, deviceId);
    if (!(await this.store.deleteDevice(deviceId))) throw deviceNotFound(deviceId);
  }

  /** Generates a new password; only its scrypt hash is stored. */
  async resetPassword(principal: Principal, deviceId: string): Promise<DeviceCredentials> {
    const device = await this.findVisible(principal, deviceId);
    const password = generatePassword();
    const hash = await hashSecret(password);
    if (!(await this.store.setDevicePassword(deviceId, hash, new Date().toISOString()))) {
      throw deviceNotFound(deviceId);
    }
    return { deviceId, loginId: device.loginId, password };
  }

  /** Creates a one-click login link; only the SHA-256 of its code is stored. */
  async createLoginLink(
    principal: Principal,
    deviceId: string,
    body: LoginLinkCreate | undefined,
  ): Promise<LoginLink> {
    await this.findVisible(principal, deviceId);
    const code = generateOneTimeCode();
    const ttlSeconds = body?.expiresInSeconds ?? DEFAULT_LINK_TTL_SECONDS;
    const expiresAt = Date.now() + ttlSeconds * 1000;
    await this.store.insertLoginCode({
      codeHash: sha256Hex(code),
      deviceId,
      expiresAt,
      usedAt: null,
    });
    return {
      deviceId,
      code,
      url: `${this.config.publicUrl}/devices/v1/login/one-click#code=${code}`,
      expiresAt: new Date(expiresAt).toISOString(),
    };
  }

  #requireVisibleOrganisation(principal: Principal, code: string): void {
    const known = this.directory.get(code) !== undefined;
    if (!known || !this.directory.isWithin(code, principal.organisationCode)) {
      throw organisationNotFound(code);
    }
  }

  async #uniqueLoginId(kind: string): Promise<string> {
    for (let attempt = 0; attempt < LOGIN_ID_ATTEMPTS; attempt += 1) {
      const loginId = generateLoginId(kind);
      if (!(await this.store.loginIdExists(loginId))) return loginId;
    }
    // 32^8 ids per kind make this unreachable in practice.
    throw new Error(
      `No unused login id found for kind ${kind} after ${LOGIN_ID_ATTEMPTS} attempts.`,
    );
  }
}

/** Maps a stored device to the API's `Device`. */
export function toDevice(record: DeviceRecord): Device {
  const device: Device = {
    id: record.id,
    name: record.name,
    organisationCode: record.organisationCode,
    kind: record.kind,
    status: record.status,
    loginId: record.loginId,
    hasPassword: record.passwordHash !== null,
    metadata: record.metadata,
    createdTime: record.createdTime,
    updatedTime: record.updatedTime,
  };
  if (record.description !== null) device.description = record.description;
  return device;
}
