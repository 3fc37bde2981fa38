import type { DeviceKind, DeviceStatus } from '@vdx/sdk/types';
import type { JWK } from 'jose';

/** An organisation of the tree. */
export interface OrganisationRecord {
  code: string;
  name: string;
  parentCode: string | null;
  createdTime: string;
}

/** An OAuth client of the realm; the secret is kept only as a scrypt hash. */
export interface ClientRecord {
  clientId: string;
  secretHash: string;
  organisationCode: string;
  roles: string[];
  refreshTokens: boolean;
  email: string;
}

/** An ES256 key pair that signs the realm's tokens. */
export interface SigningKeyRecord {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  createdTime: string;
}

/** An issued refresh token, tracked by its `jti` so that it can be spent once or revoked. */
export interface RefreshTokenRecord {
  jti: string;
  familyId: string;
  clientId: string;
  /** Milliseconds since the Unix epoch. */
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
}

/** Result of trying to spend a refresh token. */
export type RefreshTokenSpend =
  | { outcome: 'spent'; record: RefreshTokenRecord }
  | { outcome: 'reused' | 'revoked' | 'expired'; record: RefreshTokenRecord }
  | { outcome: 'unknown' };

/** A registered device. `seq` orders devices by creation. */
export interface DeviceRecord {
  seq: number;
  id: string;
  name: string;
  description: string | null;
  organisationCode: string;
  kind: DeviceKind;
  status: DeviceStatus;
  loginId: string;
  passwordHash: string | null;
  metadata: Record<string, string>;
  createdTime: string;
  updatedTime: string;
}

/** A device to insert; the store assigns `seq`. */
export type NewDevice = Omit<DeviceRecord, 'seq'>;

/** Fields of a device to change; absent fields stay as they are. */
export interface DeviceChanges {
  name?: string;
  description?: string;
  organisationCode?: string;
  kind?: DeviceKind;
  status?: DeviceStatus;
  metadata?: Record<string, string>;
  updatedTime: string;
}

/** A device query: newest first, combined with AND. */
export interface DeviceFilter {
  /** Only devices of these organisations. */
  organisationCodes: readonly string[];
  status?: DeviceStatus;
  kind?: DeviceKind;
  /** Already lower-cased substring of the name, description or login id. */
  text?: string;
  /** Only devices created before the one with this `seq` (the page cursor). */
  beforeSeq?: number;
  limit: number;
}

/** A one-click login code, stored as its SHA-256 hash. */
export interface LoginCodeRecord {
  codeHash: string;
  deviceId: string;
  /** Milliseconds since the Unix epoch. */
  expiresAt: number;
  usedAt: number | null;
}

/** The two queues every device has. */
export type QueueName = 'meetings' | 'messages';

/** An item of a device queue. `seq` gives FIFO order. */
export interface QueueItemRecord {
  seq: number;
  id: string;
  deviceId: string;
  queue: QueueName;
  payload: Record<string, unknown>;
  enqueuedTime: string;
}

/** A stored response for one caller's Idempotency-Key. `status` is null while in progress. */
export interface IdempotencyRecord {
  subject: string;
  key: string;
  fingerprint: string;
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
  /** Milliseconds since the Unix epoch. */
  createdAt: number;
}

/**
 * Persistence of the reference server.
 *
 * Every method that must be atomic (spending a code or token, taking the next queue item,
 * deleting a device with everything it owns) is one method here, so that another store, such
 * as PostgreSQL, can implement it with its own transaction.
 */
export interface Store {
  listOrganisations(): Promise<OrganisationRecord[]>;
  /** Inserts the organisation unless its code exists. Returns whether it inserted. */
  insertOrganisationIfAbsent(organisation: OrganisationRecord): Promise<boolean>;

  getClient(clientId: string): Promise<ClientRecord | undefined>;
  /** Inserts the client unless its id exists. Returns whether it inserted. */
  insertClientIfAbsent(client: ClientRecord): Promise<boolean>;

  listSigningKeys(): Promise<SigningKeyRecord[]>;
  insertSigningKey(key: SigningKeyRecord): Promise<void>;

  insertRefreshToken(token: RefreshTokenRecord): Promise<void>;
  getRefreshToken(jti: string): Promise<RefreshTokenRecord | undefined>;
  /** Marks the token used if it is unused, unrevoked and unexpired at `now`, in one step. */
  spendRefreshToken(jti: string, now: number): Promise<RefreshTokenSpend>;
  /** Revokes every token of the family. Returns how many were not revoked before. */
  revokeRefreshTokenFamily(familyId: string, now: number): Promise<number>;

  insertDevice(device: NewDevice): Promise<DeviceRecord>;
  /** Returns whether a device has this login id. */
  loginIdExists(loginId: string): Promise<boolean>;
  getDevice(id: string): Promise<DeviceRecord | undefined>;
  getDeviceByLoginId(loginId: string): Promise<DeviceRecord | undefined>;
  listDevices(filter: DeviceFilter): Promise<DeviceRecord[]>;
  updateDevice(id: string, changes: DeviceChanges): Promise<DeviceRecord | undefined>;
  setDevicePassword(id: string, passwordHash: string, updatedTime: string): Promise<boolean>;
  /** Deletes the device with its login codes and queue items. Returns whether it existed. */
  deleteDevice(id: string): Promise<boolean>;

  insertLoginCode(code: LoginCodeRecord): Promise<void>;
  getLoginCode(codeHash: string): Promise<LoginCodeRecord | undefined>;
  /** Marks the code used if it is still unused. Returns whether this call spent it. */
  spendLoginCode(codeHash: string, now: number): Promise<boolean>;

  enqueue(item: Omit<QueueItemRecord, 'seq'>): Promise<QueueItemRecord>;
  /** Lists items oldest first, after the one with `afterSeq` when given. */
  listQueue(
    deviceId: string,
    queue: QueueName,
    afterSeq: number | undefined,
    limit: number,
  ): Promise<QueueItemRecord[]>;
  /** Removes and returns the oldest item in one step, or undefined when the queue is empty. */
  takeNext(deviceId: string, queue: QueueName): Promise<QueueItemRecord | undefined>;
  /** Removes every item of the queue. Returns how many it removed. */
  clearQueue(deviceId: string, queue: QueueName): Promise<number>;

  getIdempotencyRecord(subject: string, key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * Inserts an in-progress record unless the (subject, key) pair exists. Returns whether it
   * inserted. Records created before `expiredBefore` are deleted first.
   */
  reserveIdempotencyKey(record: IdempotencyRecord, expiredBefore: number): Promise<boolean>;
  completeIdempotencyKey(
    subject: string,
    key: string,
    response: { status: number; headers: Record<string, string>; body: string },
  ): Promise<void>;
  releaseIdempotencyKey(subject: string, key: string): Promise<void>;

  close(): void;
}
