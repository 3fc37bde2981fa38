import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { VdxError } from '../errors.js';
import { type ConfigEntry, parseJsonSettings, parseProperties } from './config-parsers.js';
import { describeFindings, type LegacyFinding } from './legacy-findings.js';
import { type ClassifiedEntry, classifyEntries, type LegacyField } from './legacy-keys.js';

/** The file formats that `readLegacyConfig` reads. */
export type LegacyConfigFormat = 'json' | 'properties';

/**
 * A legacy STS configuration, normalised. Secrets are left out, so `hasCertificatePassword` is
 * true when the file contains a keystore password, and the password itself is never returned.
 */
export interface LegacyStsConfig {
  /** The absolute path of the file that was read. */
  path: string;
  format: LegacyConfigFormat;
  /** The WS-Trust STS endpoint. */
  stsEndpoint?: string;
  /** The `AppliesTo` audience of the STS request. */
  appliesTo?: string;
  /** The certificate or keystore path as written in the file. */
  certificatePath?: string;
  /**
   * `certificatePath` resolved against the directory of the configuration file.
   *
   * NOTE: the legacy program may have resolved a relative path against its working directory
   * instead, which can be another directory.
   */
  certificateFile?: string;
  /** The certificate thumbprint, for certificates in the Windows certificate store. */
  certificateThumbprint?: string;
  hasCertificatePassword: boolean;
  /** The keystore type, such as `PKCS12` or `JKS`. */
  keystoreType?: string;
  keystoreAlias?: string;
  /** The WSS4J crypto provider class. */
  cryptoProvider?: string;
  /** The STS token exchange URL, which ends in `/videoapi/token`. */
  tokenExchangeUrl?: string;
  /** The VideoAPI base URL as written in the file. */
  videoApiBaseUrl?: string;
  /** The SDK base URL that carries over: the VideoAPI base URL without a `/videoapi` path. */
  baseUrl?: string;
  /** The authorization scheme, such as `Holder-of-key`. */
  authScheme?: string;
  /** The key that set each field, as written in the file. */
  keys: Partial<Record<LegacyField, string>>;
  /** Keys inside the VDX section or with a VDX prefix that the migration does not know. */
  unknownKeys: string[];
}

/** The result of `readLegacyConfig`. */
export interface LegacyConfigReport {
  config: LegacyStsConfig;
  /** Findings about obsolete, carried-over and missing settings, and unknown keys. */
  findings: LegacyFinding[];
}

/**
 * Reads a legacy STS configuration of a VDX integration, normalises it, and lists what is
 * obsolete after the switch to OAuth, what carries over and what is missing.
 *
 * Two formats are read: a .NET-style JSON settings file such as `appsettings.json`, whose VDX
 * settings sit in a section such as `"Vdx": { "StsEndpoint": ... }`, and a Java `.properties`
 * file with keys such as `vdx.sts.endpoint` or the WSS4J keystore keys
 * (`org.apache.wss4j.crypto.merlin.keystore.file`). Key spellings may vary in case and
 * separators. Secret values never appear in the result or its messages.
 *
 * @throws {VdxError} when the file cannot be read or parsed.
 *
 * @example
 * ```ts
 * const { config, findings } = await readLegacyConfig('appsettings.json');
 * for (const finding of findings) console.log(`${finding.kind}: ${finding.message}`);
 * ```
 */
export async function readLegacyConfig(path: string): Promise<LegacyConfigReport> {
  const absolutePath = resolve(path);
  const text = await readText(absolutePath);
  const format = detectFormat(absolutePath, text);
  const entries = parseEntries(absolutePath, format, text);
  const classified = classifyEntries(entries);
  const config = buildConfig(absolutePath, format, classified);
  const findings = describeFindings(config, classified);
  return { config, findings };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === 'ENOENT' ? 'the file does not exist' : String(code ?? error);
    throw new VdxError(`Could not read the legacy configuration ${path}: ${reason}.`, {
      cause: error,
    });
  }
}

function detectFormat(path: string, text: string): LegacyConfigFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.properties') return 'properties';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    throw new VdxError(
      `The legacy configuration ${path} looks like XML, such as app.config or web.config. Only JSON settings files and Java .properties files can be read; copy the VDX settings into a JSON file to check them.`,
    );
  }
  return start.startsWith('{') ? 'json' : 'properties';
}

function parseEntries(path: string, format: LegacyConfigFormat, text: string): ConfigEntry[] {
  if (format === 'properties') return parseProperties(text);
  try {
    return parseJsonSettings(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VdxError(
      `The legacy configuration ${path} is not valid JSON (${reason}). Fix the syntax, or rename the file if it is a .properties file.`,
      { cause: error },
    );
  }
}

function buildConfig(
  path: string,
  format: LegacyConfigFormat,
  entries: ClassifiedEntry[],
): LegacyStsConfig {
  const values: Partial<Record<LegacyField, string>> = {};
  const keys: Partial<Record<LegacyField, string>> = {};
  for (const entry of entries) {
    if (entry.field === undefined || entry.value === '' || keys[entry.field] !== undefined)
      continue;
    keys[entry.field] = entry.key;
    values[entry.field] = entry.value;
  }
  const unknownKeys = entries
    .filter((entry) => entry.field === undefined && entry.scoped)
    .map((entry) => entry.key);
  const { certificatePassword: _secret, ...publicValues } = values;

  return {
    path,
    format,
    ...publicValues,
    certificateFile:
      values.certificatePath === undefined
        ? undefined
        : resolve(dirname(path), values.certificatePath),
    hasCertificatePassword: values.certificatePassword !== undefined,
    baseUrl: baseUrlOf(values.videoApiBaseUrl, values.tokenExchangeUrl),
    keys,
    unknownKeys,
  };
}

/**
 * Derives the SDK base URL from the VideoAPI base URL, or else from the exchange URL
 * (`<base>/videoapi/token`). The SDK's paths start with `/videoapi/v2`, so a trailing
 * `/videoapi` or `/videoapi/v1`/`v2` is removed.
 */
export function baseUrlOf(
  videoApiBaseUrl: string | undefined,
  tokenExchangeUrl: string | undefined,
): string | undefined {
  const fromVideoApi = parseHttpUrl(videoApiBaseUrl);
  if (fromVideoApi !== undefined) {
    return joinOrigin(fromVideoApi, fromVideoApi.pathname.replace(/\/videoapi(\/v\d+)?\/*$/i, ''));
  }
  const fromExchange = parseHttpUrl(tokenExchangeUrl);
  if (fromExchange !== undefined && /\/videoapi\/token\/*$/i.test(fromExchange.pathname)) {
    return joinOrigin(fromExchange, fromExchange.pathname.replace(/\/videoapi\/token\/*$/i, ''));
  }
  return undefined;
}

function joinOrigin(url: URL, path: string): string {
  return `${url.origin}${path.replace(/\/+$/, '')}`;
}

function parseHttpUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
