import { DEMO_CLIENTS } from '@vdx/sdk/demo';
import type { ClientRecord, Store } from '../store/store.js';

/** Client ids of `@vdx/sdk/demo`, whose secrets are public. */
const DEMO_CLIENT_IDS: ReadonlySet<string> = new Set(DEMO_CLIENTS.map((client) => client.clientId));

/** Returns whether `clientId` is one of the demo clients of `@vdx/sdk/demo`. */
export function isDemoClientId(clientId: string): boolean {
  return DEMO_CLIENT_IDS.has(clientId);
}

/** The result of {@link ClientStatus.check}: the client, or why it may not act. */
export type ClientCheck =
  | { accepted: true; client: ClientRecord }
  | { accepted: false; reason: 'unknown' | 'demo-disabled' };

/**
 * Decides whether an OAuth client may get and use tokens.
 *
 * A client must exist in the store. A demo client is accepted only while the server runs with
 * the demo seed, because its secret is published in `@vdx/sdk/demo`: a database that was seeded
 * once keeps the rows, but a later run without `--seed demo` rejects them.
 */
export class ClientStatus {
  constructor(
    private readonly store: Store,
    private readonly demoSeedEnabled: boolean,
  ) {}

  /** Looks the client up and applies the demo-seed rule. */
  async check(clientId: string): Promise<ClientCheck> {
    const client = await this.store.getClient(clientId);
    if (!client) return { accepted: false, reason: 'unknown' };
    if (!this.demoSeedEnabled && isDemoClientId(clientId)) {
      return { accepted: false, reason: 'demo-disabled' };
    }
    return { accepted: true, client };
  }

  /** Lists the demo clients in the store that are rejected because the demo seed is off. */
  async disabledDemoClients(): Promise<string[]> {
    if (this.demoSeedEnabled) return [];
    const disabled: string[] = [];
    for (const clientId of DEMO_CLIENT_IDS) {
      if (await this.store.getClient(clientId)) disabled.push(clientId);
    }
    return disabled;
  }
}

/** Completes "The client ... " for a rejected client, with the fix. */
export function describeRejectedClient(clientId: string, reason: 'unknown' | 'demo-disabled') {
  return reason === 'unknown'
    ? `client ${clientId} does not exist in this realm`
    : `client ${clientId} is a demo client, and demo clients are disabled because the server runs without --seed demo`;
}
