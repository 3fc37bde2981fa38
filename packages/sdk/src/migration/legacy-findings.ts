import { KEYCLOAK_TOKEN_PATH } from '../oauth-errors.js';
import type { LegacyStsConfig } from './legacy-config.js';
import {
  type ClassifiedEntry,
  type LegacyField,
  normaliseKey,
  SECRET_FIELDS,
} from './legacy-keys.js';

/** One observation about a legacy STS configuration. */
export interface LegacyFinding {
  /**
   * `obsolete`: remove after the migration. `carries_over`: used by the OAuth configuration.
   * `missing`: expected but not found. `unknown_key`: ignored key. `warning`: a doubtful value.
   */
  kind: 'obsolete' | 'carries_over' | 'missing' | 'unknown_key' | 'warning';
  /** The key as written in the file, when the finding is about one key. */
  key?: string;
  message: string;
}

/** Names of the fields in messages. */
const FIELD_LABELS: Readonly<Record<LegacyField, string>> = {
  stsEndpoint: 'STS endpoint',
  appliesTo: 'STS AppliesTo audience',
  certificatePath: 'certificate or keystore path',
  certificateThumbprint: 'certificate thumbprint',
  certificatePassword: 'keystore password',
  keystoreType: 'keystore type',
  keystoreAlias: 'keystore alias',
  cryptoProvider: 'WSS4J crypto provider',
  tokenExchangeUrl: 'token exchange URL',
  videoApiBaseUrl: 'VideoAPI base URL',
  authScheme: 'authorization scheme',
};

/** Fields that only STS needed; any of them marks the file as a legacy STS configuration. */
const STS_FIELDS: readonly LegacyField[] = [
  'stsEndpoint',
  'certificatePath',
  'certificateThumbprint',
  'tokenExchangeUrl',
  'authScheme',
];

/** Lists what is obsolete, what carries over, what is missing and which keys are unknown. */
export function describeFindings(
  config: LegacyStsConfig,
  entries: ClassifiedEntry[],
): LegacyFinding[] {
  return [
    ...obsoleteFindings(config),
    ...baseUrlFindings(config),
    ...missingFindings(config, entries),
    ...duplicateFindings(config, entries),
    ...config.unknownKeys.map((key) => ({
      kind: 'unknown_key' as const,
      key,
      message: `${key}: unknown key, ignored. Check its spelling if it is a VDX setting.`,
    })),
  ];
}

function obsoleteFindings(config: LegacyStsConfig): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  const add = (
    field: LegacyField,
    explanation: string,
    kind: LegacyFinding['kind'] = 'obsolete',
  ) => {
    const key = config.keys[field];
    if (key === undefined) return;
    findings.push({ kind, key, message: `${describeSetting(config, field)}: ${explanation}` });
  };

  add(
    'stsEndpoint',
    `the STS endpoint is obsolete, because VDX-API takes OAuth tokens from the realm's token endpoint (<issuer>${KEYCLOAK_TOKEN_PATH}). Remove it after the migration.`,
  );
  add(
    'appliesTo',
    'the AppliesTo audience of STS requests is obsolete. Remove it after the migration.',
  );
  add(
    'certificatePath',
    `the organisation certificate (OCES/FOCES) signed the STS requests and is obsolete, because OAuth uses a client id and secret. Delete ${config.certificateFile} once the migration works.`,
  );
  add(
    'certificateThumbprint',
    'the thumbprint selects the STS certificate in a certificate store and is obsolete. Remove the certificate from the store once the migration works.',
  );
  add(
    'certificatePassword',
    'the keystore password is obsolete. Remove it from this file and from any secret store that contains it.',
  );
  for (const field of ['keystoreType', 'keystoreAlias', 'cryptoProvider'] as const) {
    add(field, `the ${FIELD_LABELS[field]} belongs to the STS certificate and is obsolete.`);
  }
  add(
    'tokenExchangeUrl',
    `the exchange of STS tokens at /videoapi/token is obsolete; OAuth tokens come from <issuer>${KEYCLOAK_TOKEN_PATH}. Remove it after the migration.`,
  );
  if (
    config.tokenExchangeUrl !== undefined &&
    !/\/videoapi\/token\/*$/i.test(config.tokenExchangeUrl)
  ) {
    add(
      'tokenExchangeUrl',
      'the URL does not end in /videoapi/token, the path of the STS token exchange; check which service it names.',
      'warning',
    );
  }
  if (config.authScheme !== undefined) {
    const holderOfKey = normaliseKey(config.authScheme) === 'holderofkey';
    add(
      'authScheme',
      holderOfKey
        ? 'holder-of-key tokens over mutual TLS are obsolete; OAuth access tokens are sent as "Authorization: Bearer <token>" without a client certificate.'
        : 'OAuth access tokens are sent with the Bearer scheme; check what this scheme was used for.',
      holderOfKey ? 'obsolete' : 'warning',
    );
  }
  return findings;
}

function baseUrlFindings(config: LegacyStsConfig): LegacyFinding[] {
  const videoApiKey = config.keys.videoApiBaseUrl;
  if (videoApiKey !== undefined) {
    const setting = describeSetting(config, 'videoApiBaseUrl');
    if (config.baseUrl === undefined || config.videoApiBaseUrl === undefined) {
      return [
        {
          kind: 'warning',
          key: videoApiKey,
          message: `${setting}: not an absolute http or https URL, so no base URL carries over. Pass baseUrl when migrating.`,
        },
      ];
    }
    const trimmed =
      config.baseUrl === config.videoApiBaseUrl.replace(/\/+$/, '')
        ? ''
        : ', without the /videoapi path, because the SDK adds it to each request';
    return [
      {
        kind: 'carries_over',
        key: videoApiKey,
        message: `${setting}: carries over as baseUrl ${config.baseUrl}${trimmed}.`,
      },
    ];
  }
  const exchangeKey = config.keys.tokenExchangeUrl;
  if (config.baseUrl !== undefined && exchangeKey !== undefined) {
    return [
      {
        kind: 'carries_over',
        key: exchangeKey,
        message: `No VideoAPI base URL is set, so baseUrl ${config.baseUrl} is derived from ${describeSetting(config, 'tokenExchangeUrl')}.`,
      },
    ];
  }
  return [
    {
      kind: 'missing',
      message:
        'No VideoAPI base URL found (such as Vdx:VideoApiBaseUrl or vdx.videoapi.base.url). Pass baseUrl or environment when migrating.',
    },
  ];
}

function missingFindings(config: LegacyStsConfig, entries: ClassifiedEntry[]): LegacyFinding[] {
  const findings: LegacyFinding[] = [];
  if (!STS_FIELDS.some((field) => config.keys[field] !== undefined)) {
    findings.push({
      kind: 'missing',
      message: `No STS settings found (STS endpoint, certificate or keystore, token exchange URL, holder-of-key scheme) in ${config.path}; it may not be the legacy VDX configuration.`,
    });
  } else if (config.certificatePath === undefined && config.certificateThumbprint === undefined) {
    findings.push({
      kind: 'missing',
      message:
        'No certificate or keystore setting found, so the checklist cannot name the certificate to delete. Look for it in the other configuration of the program.',
    });
  }
  if (entries.length > 0 && !entries.some((entry) => entry.scoped)) {
    findings.push({
      kind: 'warning',
      message:
        'No VDX section (such as "Vdx": { ... }) or VDX key prefix (such as vdx.) found, so keys were matched by name anywhere in the file, and unknown keys are not reported.',
    });
  }
  return findings;
}

function duplicateFindings(config: LegacyStsConfig, entries: ClassifiedEntry[]): LegacyFinding[] {
  return entries.flatMap((entry) => {
    const field = entry.field;
    if (field === undefined || entry.value === '') return [];
    const used = config.keys[field];
    if (used === undefined || used === entry.key) return [];
    return [
      {
        kind: 'warning' as const,
        key: entry.key,
        message: `${entry.key} also sets the ${FIELD_LABELS[field]}. The value of ${used} is used.`,
      },
    ];
  });
}

/** `key = value`, or only the key for a secret field. */
function describeSetting(config: LegacyStsConfig, field: LegacyField): string {
  const key = config.keys[field] ?? FIELD_LABELS[field];
  if (SECRET_FIELDS.has(field)) return `${key} (value not shown)`;
  const value = config[field as Exclude<LegacyField, 'certificatePassword'>];
  return value === undefined ? key : `${key} = ${value}`;
}
