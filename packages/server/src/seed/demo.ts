import { DEMO_CLIENTS, DEMO_DEVICES, DEMO_ORGANISATIONS, DEMO_USERS } from '@vdx/sdk/demo';
import { hashSecret } from '../services/secrets.js';
import type { MeetingStore } from '../store/meeting-store.js';
import type { Store } from '../store/store.js';

/** Counts of the rows {@link seedDemo} inserted; all zero on a database seeded before. */
export interface DemoSeedResult {
  organisations: number;
  clients: number;
  devices: number;
  users: number;
}

/**
 * Loads the demo organisations, OAuth clients, devices and users from `@vdx/sdk/demo`.
 *
 * Rows that exist already are left as they are, so seeding an existing file changes nothing.
 * Client secrets are stored as scrypt hashes; the demo secret of each client is
 * `<client id>-secret`.
 */
export async function seedDemo(store: Store, meetings: MeetingStore): Promise<DemoSeedResult> {
  const result: DemoSeedResult = { organisations: 0, clients: 0, devices: 0, users: 0 };
  const now = new Date().toISOString();
  for (const organisation of DEMO_ORGANISATIONS) {
    if (await store.insertOrganisationIfAbsent({ ...organisation, createdTime: now })) {
      result.organisations += 1;
    }
  }
  const missingClients = [];
  for (const client of DEMO_CLIENTS) {
    if (!(await store.getClient(client.clientId))) missingClients.push(client);
  }
  // scrypt runs on libuv's thread pool, so the secrets are hashed in parallel.
  const hashes = await Promise.all(missingClients.map((client) => hashSecret(client.clientSecret)));
  for (const [index, client] of missingClients.entries()) {
    const inserted = await store.insertClientIfAbsent({
      clientId: client.clientId,
      secretHash: hashes[index] as string,
      organisationCode: client.organisationCode,
      roles: [...client.roles],
      refreshTokens: client.refreshTokens,
      email: client.email,
    });
    if (inserted) result.clients += 1;
  }
  for (const device of DEMO_DEVICES) {
    if (await store.getDevice(device.id)) continue;
    if (await store.loginIdExists(device.loginId)) continue;
    await store.insertDevice({
      ...device,
      status: 'active',
      passwordHash: null,
      metadata: {},
      createdTime: now,
      updatedTime: now,
    });
    result.devices += 1;
  }
  for (const user of DEMO_USERS) {
    if (await meetings.insertUserIfAbsent({ ...user, createdTime: now })) result.users += 1;
  }
  return result;
}
