import type { ConfigEntry } from './config-parsers.js';

/** The settings of a legacy STS configuration that the migration recognises. */
export type LegacyField =
  | 'stsEndpoint'
  | 'appliesTo'
  | 'certificatePath'
  | 'certificateThumbprint'
  | 'certificatePassword'
  | 'keystoreType'
  | 'keystoreAlias'
  | 'cryptoProvider'
  | 'tokenExchangeUrl'
  | 'videoApiBaseUrl'
  | 'authScheme';

/**
 * Key spellings per field, normalised: lower case, letters and digits only, without a prefix
 * from `KEY_PREFIXES`. So `StsEndpoint`, `sts_endpoint` and `vdx.sts.endpoint` all match
 * `stsendpoint`.
 */
const FIELD_ALIASES: Readonly<Record<LegacyField, readonly string[]>> = {
  stsEndpoint: [
    'stsendpoint',
    'stsendpointurl',
    'stsurl',
    'stsaddress',
    'stsendpointaddress',
    'stsuri',
    'securitytokenservice',
    'securitytokenserviceurl',
    'securitytokenserviceendpoint',
  ],
  appliesTo: ['appliesto', 'stsappliesto', 'stsaudience'],
  certificatePath: [
    'certificatepath',
    'certificatefile',
    'certificatelocation',
    'certpath',
    'certfile',
    'keystorepath',
    'keystorefile',
    'keystorelocation',
    'keystore',
    'pfxpath',
    'pfxfile',
    'p12path',
    'p12file',
  ],
  certificateThumbprint: ['certificatethumbprint', 'certthumbprint', 'thumbprint'],
  certificatePassword: [
    'certificatepassword',
    'certpassword',
    'keystorepassword',
    'keystorepass',
    'keystoreprivatepassword',
    'privatekeypassword',
    'keypassword',
    'pfxpassword',
    'p12password',
  ],
  keystoreType: ['keystoretype', 'certificatetype', 'storetype'],
  keystoreAlias: ['keystorealias', 'certificatealias', 'keyalias', 'alias'],
  cryptoProvider: ['provider', 'cryptoprovider'],
  tokenExchangeUrl: [
    'tokenexchangeurl',
    'tokenexchangeendpoint',
    'tokenexchange',
    'exchangeurl',
    'videoapitokenurl',
  ],
  videoApiBaseUrl: [
    'videoapibaseurl',
    'videoapiurl',
    'videoapiendpoint',
    'videoapi',
    'apibaseurl',
    'baseurl',
  ],
  authScheme: [
    'authscheme',
    'authorizationscheme',
    'authenticationscheme',
    'authtype',
    'authorizationtype',
    'authenticationtype',
  ],
};

/** Prefixes of flat keys that scope a key to VDX or STS, longest first. */
const KEY_PREFIXES = [
  'orgapachewss4jcryptomerlin',
  'orgapachewssecuritycryptomerlin',
  'orgapachewss4jcrypto',
  'orgapachewssecuritycrypto',
  'medcomvdx',
  'medcom',
  'vdx',
] as const;

/** Names of JSON sections that hold VDX or STS settings, normalised. */
const SECTION_NAMES = new Set([
  'vdx',
  'vdxsts',
  'vdxsettings',
  'vdxoptions',
  'vdxclient',
  'medcomvdx',
  'medcom',
  'sts',
  'stssettings',
  'videoapi',
]);

/**
 * Spellings too generic to trust outside a VDX section or prefix, such as `Logging:Provider`.
 */
const SCOPED_ONLY_ALIASES = new Set([
  'provider',
  'alias',
  'keystore',
  'baseurl',
  'apibaseurl',
  'videoapi',
]);

/** Fields whose values are secrets and must never be copied into results or messages. */
export const SECRET_FIELDS: ReadonlySet<LegacyField> = new Set(['certificatePassword']);

const FIELD_BY_ALIAS = new Map<string, LegacyField>(
  Object.entries(FIELD_ALIASES).flatMap(([field, aliases]) =>
    aliases.map((alias) => [alias, field as LegacyField] as const),
  ),
);

/** A configuration entry with the field it sets, if any. */
export interface ClassifiedEntry {
  /** The key as written, with `:` between JSON segments. */
  key: string;
  value: string;
  field: LegacyField | undefined;
  /** Whether the key is inside a VDX section or carries a VDX or STS prefix. */
  scoped: boolean;
}

/** Lower-cases a key and keeps only letters and digits. */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Assigns each entry its field, by its key spelling after the section or prefix. */
export function classifyEntries(entries: ConfigEntry[]): ClassifiedEntry[] {
  return entries.map((entry) => {
    // The last segment is the key itself, so a leaf named like a section is still a key.
    const sectionIndex = entry.path
      .slice(0, -1)
      .findIndex((segment) => SECTION_NAMES.has(normaliseKey(segment)));
    const keyPath = sectionIndex === -1 ? entry.path : entry.path.slice(sectionIndex + 1);
    const { name, prefixed } = withoutPrefix(normaliseKey(keyPath.join('')));
    const scoped = sectionIndex !== -1 || prefixed;
    const trusted = scoped || !SCOPED_ONLY_ALIASES.has(name);
    const field = (trusted ? FIELD_BY_ALIAS.get(name) : undefined) ?? fieldOfValue(entry.value);
    return { key: entry.path.join(':'), value: entry.value.trim(), field, scoped };
  });
}

function withoutPrefix(name: string): { name: string; prefixed: boolean } {
  const prefix = KEY_PREFIXES.find((candidate) => name.startsWith(candidate));
  if (prefix === undefined || prefix.length === name.length) return { name, prefixed: false };
  return { name: name.slice(prefix.length), prefixed: true };
}

/** Recognises a holder-of-key setting by its value when its key is not a known spelling. */
function fieldOfValue(value: string): LegacyField | undefined {
  return normaliseKey(value) === 'holderofkey' ? 'authScheme' : undefined;
}
