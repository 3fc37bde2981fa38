/**
 * Registered devices with their password hashes and one-click login links, seeded from the
 * demo data.
 */
import { DEMO_DEVICES } from '@vdx/sdk/demo';
import type { Device, DeviceCreate, DeviceUpdate } from '@vdx/sdk/types';
import { randomLoginId, randomPassword, randomString, randomUuid, sha256Hex } from '../random.js';
import { SEED_TIME } from './directory.js';

/** A one-click login link as the mock stores it. */
export interface StoredLoginLink {
  deviceId: string;
  code: string;
  expiresAt: Date;
}

interface StoredDevice {
  device: Device;
  /** Insertion order, so that listings can put the newest device first. */
  sequence: number;
  /** The SHA-256 digest of the current password, so that the password itself is not stored. */
  passwordHash?: string;
}

function seedDevices(): Device[] {
  return DEMO_DEVICES.map((demo) => ({
    id: demo.id,
    name: demo.name,
    description: demo.description,
    organisationCode: demo.organisationCode,
    kind: demo.kind,
    status: 'active',
    loginId: demo.loginId,
    hasPassword: false,
    metadata: {},
    createdTime: SEED_TIME,
    updatedTime: SEED_TIME,
  }));
}

function copyDevice(device: Device): Device {
  return { ...device, metadata: { ...device.metadata } };
}

/** The devices of the mock, with their credentials and login links. */
export class DeviceStore {
  readonly #now: () => Date;
  #devices = new Map<string, StoredDevice>();
  #links = new Map<string, StoredLoginLink>();
  #sequence = 0;

  constructor(now: () => Date) {
    this.#now = now;
    this.reset();
  }

  /** Restores the demo devices and removes every password, login link and created device. */
  reset(): void {
    this.#devices = new Map();
    this.#links = new Map();
    for (const device of seedDevices()) {
      this.#insert(device);
    }
  }

  /** Returns a copy of the device with this id, or `undefined`. */
  get(deviceId: string): Device | undefined {
    const stored = this.#devices.get(deviceId);
    return stored && copyDevice(stored.device);
  }

  /** Lists copies of every device, newest first. */
  list(): Device[] {
    return [...this.#devices.values()]
      .sort((a, b) => b.sequence - a.sequence)
      .map((stored) => copyDevice(stored.device));
  }

  /** Registers a device with a new id and login id, and no password. */
  create(input: DeviceCreate): Device {
    const time = this.#now().toISOString();
    const kind = input.kind ?? 'other';
    const device: Device = {
      id: randomUuid(),
      name: input.name,
      organisationCode: input.organisationCode,
      kind,
      status: input.status ?? 'active',
      loginId: randomLoginId(kind),
      hasPassword: false,
      metadata: { ...input.metadata },
      createdTime: time,
      updatedTime: time,
    };
    if (input.description !== undefined) {
      device.description = input.description;
    }
    this.#insert(device);
    return copyDevice(device);
  }

  /**
   * Applies the fields present in `changes`, where `metadata` replaces the stored metadata whole.
   * Returns the changed device, or `undefined` when there is no such device.
   */
  update(deviceId: string, changes: DeviceUpdate): Device | undefined {
    const stored = this.#devices.get(deviceId);
    if (!stored) {
      return undefined;
    }
    const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
    stored.device = {
      ...stored.device,
      ...Object.fromEntries(defined),
      updatedTime: this.#now().toISOString(),
    };
    return copyDevice(stored.device);
  }

  /** Deletes the device and its login links, and returns whether it existed. */
  delete(deviceId: string): boolean {
    for (const [code, link] of this.#links) {
      if (link.deviceId === deviceId) {
        this.#links.delete(code);
      }
    }
    return this.#devices.delete(deviceId);
  }

  /** Generates and returns a new password for the device. The previous one stops working. */
  async resetPassword(deviceId: string): Promise<string | undefined> {
    const stored = this.#devices.get(deviceId);
    if (!stored) {
      return undefined;
    }
    const password = randomPassword();
    stored.passwordHash = await sha256Hex(password);
    stored.device.hasPassword = true;
    stored.device.updatedTime = this.#now().toISOString();
    return password;
  }

  /** Returns the active device whose login id and password match, or `undefined`. */
  async verifyPassword(loginId: string, password: string): Promise<Device | undefined> {
    const stored = [...this.#devices.values()].find((entry) => entry.device.loginId === loginId);
    if (!stored?.passwordHash || stored.device.status !== 'active') {
      return undefined;
    }
    const hash = await sha256Hex(password);
    return hash === stored.passwordHash ? copyDevice(stored.device) : undefined;
  }

  /** Creates a one-time login code for the device that expires after `lifetimeSeconds`. */
  createLoginLink(deviceId: string, lifetimeSeconds: number): StoredLoginLink {
    const link: StoredLoginLink = {
      deviceId,
      code: randomString(24),
      expiresAt: new Date(this.#now().getTime() + lifetimeSeconds * 1000),
    };
    this.#links.set(link.code, link);
    return { ...link };
  }

  /**
   * Spends a one-time login code and returns a copy of its device, or `undefined` when the code
   * is unknown, spent or expired. A known code is spent by this call whatever the outcome.
   */
  spendLoginCode(code: string): Device | undefined {
    const link = this.#links.get(code);
    if (!link) {
      return undefined;
    }
    this.#links.delete(code);
    if (link.expiresAt.getTime() <= this.#now().getTime()) {
      return undefined;
    }
    return this.get(link.deviceId);
  }

  #insert(device: Device): void {
    this.#sequence += 1;
    this.#devices.set(device.id, { device, sequence: this.#sequence });
  }
}
