import type { LegacyStsConfig } from './legacy-config.js';
import type { LegacyField } from './legacy-keys.js';

/** Keystore settings that go together in one checklist item. */
const KEYSTORE_FIELDS: readonly LegacyField[] = [
  'keystoreType',
  'keystoreAlias',
  'cryptoProvider',
  'appliesTo',
];

/**
 * Lists what to remove once the OAuth configuration runs: the certificate or keystore file, the
 * keystore password, the STS endpoint, the exchange URL and the holder-of-key setup. Each item
 * names the key and the file; no item contains a secret.
 */
export function describeChecklist(config: LegacyStsConfig): string[] {
  const file = config.path;
  const keys = config.keys;
  const items: string[] = [];

  if (config.certificateFile !== undefined) {
    items.push(
      `Delete the certificate or keystore ${config.certificateFile} (key ${keys.certificatePath}) and every copy of it, and remove it from the mutual TLS client settings of VDX-API calls.`,
    );
  }
  if (config.certificateThumbprint !== undefined) {
    items.push(
      `Remove the certificate with thumbprint ${config.certificateThumbprint} (key ${keys.certificateThumbprint}) from the certificate store of every machine that ran the integration.`,
    );
  }

  if (keys.certificatePassword !== undefined) {
    items.push(
      `Remove the keystore password (key ${keys.certificatePassword}) from ${file} and from any secret store or environment variable that contains it.`,
    );
  }
  if (config.stsEndpoint !== undefined) {
    items.push(
      `Remove the STS endpoint ${config.stsEndpoint} (key ${keys.stsEndpoint}) from ${file}.`,
    );
  }
  if (config.tokenExchangeUrl !== undefined) {
    items.push(
      `Remove the token exchange URL ${config.tokenExchangeUrl} (key ${keys.tokenExchangeUrl}) from ${file}.`,
    );
  }

  if (config.authScheme !== undefined) {
    items.push(
      `Replace the ${config.authScheme} authorization (key ${keys.authScheme}) with the Bearer token of the OAuth client.`,
    );
  }

  const keystoreKeys = KEYSTORE_FIELDS.flatMap((field) => keys[field] ?? []);
  if (keystoreKeys.length > 0) {
    items.push(`Remove the STS keys ${keystoreKeys.join(', ')} from ${file}.`);
  }
  return items;
}
