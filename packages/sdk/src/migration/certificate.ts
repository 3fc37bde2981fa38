import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { VdxError } from '../errors.js';

/** The facts of an X.509 certificate that matter for the STS migration. */
export interface CertificateDetails {
  kind: 'certificate';
  /** The subject's distinguished name, such as `C=DK, O=Demo Kommune, CN=Demo STS`. */
  subject: string;
  issuer: string;
  validFrom: Date;
  validTo: Date;
  /** Whole days from `now` until `validTo`, rounded down; negative once expired. */
  daysLeft: number;
  expired: boolean;
  /** The serial number in hexadecimal. */
  serialNumber: string;
  /** The SHA-256 fingerprint as colon-separated hexadecimal bytes. */
  fingerprint256: string;
}

/** A keystore that node:crypto cannot open, so its certificate is not read. */
export interface KeystoreDetails {
  kind: 'keystore';
  path: string;
  format: 'PKCS12' | 'JKS' | 'JCEKS';
  /** The reason the certificate cannot be read here, and the command that extracts it. */
  message: string;
}

/** The result of `inspectCertificate`. */
export type CertificateInspection = CertificateDetails | KeystoreDetails;

/** Options of `inspectCertificate`. */
export interface InspectCertificateOptions {
  /**
   * The keystore password. NOTE: node:crypto cannot decrypt PKCS#12 or JKS keystores, so the
   * password is not used yet; it never appears in results or messages.
   */
  password?: string;
  /** The time to compare the validity with; default the current time. */
  now?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const JKS_MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;

/**
 * Reads an X.509 certificate (PEM or DER) with node:crypto and returns its subject, issuer,
 * validity, serial number and fingerprint. `pathOrPem` is PEM text or a file path.
 *
 * A PKCS#12 (`.p12`, `.pfx`) or Java keystore cannot be opened by node:crypto, so for those the
 * result has `kind: 'keystore'` and a message with the command that extracts the certificate.
 *
 * @throws {VdxError} when the file cannot be read, or is neither a certificate nor a keystore.
 *
 * @example
 * ```ts
 * const details = await inspectCertificate('certs/organisation.pem');
 * if (details.kind === 'certificate') console.log(`${details.subject}: ${details.daysLeft} days left`);
 * ```
 */
export async function inspectCertificate(
  pathOrPem: string,
  options: InspectCertificateOptions = {},
): Promise<CertificateInspection> {
  const now = options.now ?? new Date();
  if (pathOrPem.includes('-----BEGIN')) {
    return describeCertificate(parseCertificate(Buffer.from(pathOrPem), 'The PEM text'), now);
  }
  const path = resolve(pathOrPem);
  const bytes = await readBytes(path);
  const keystore = keystoreFormatOf(bytes);
  if (keystore !== undefined) {
    return { kind: 'keystore', path, format: keystore, message: describeKeystore(path, keystore) };
  }
  return describeCertificate(parseCertificate(bytes, path), now);
}

function parseCertificate(bytes: Buffer, source: string): X509Certificate {
  try {
    return new X509Certificate(bytes);
  } catch (error) {
    throw new VdxError(
      `${source} is not a valid X.509 certificate (PEM or DER), PKCS#12 keystore or Java keystore.`,
      { cause: error },
    );
  }
}

function describeCertificate(certificate: X509Certificate, now: Date): CertificateDetails {
  const validFrom = new Date(certificate.validFrom);
  const validTo = new Date(certificate.validTo);
  return {
    kind: 'certificate',
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    validFrom,
    validTo,
    daysLeft: Math.floor((validTo.getTime() - now.getTime()) / DAY_MS),
    expired: now.getTime() > validTo.getTime(),
    serialNumber: certificate.serialNumber,
    fingerprint256: certificate.fingerprint256,
  };
}

/** node:crypto separates the parts of a distinguished name with newlines. */
function oneLine(name: string): string {
  return name.split('\n').join(', ');
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === 'ENOENT' ? 'the file does not exist' : String(code ?? error);
    throw new VdxError(`Could not read the certificate ${path}: ${reason}.`, { cause: error });
  }
}

/**
 * Recognises a keystore by its first bytes: the JKS and JCEKS magic numbers, or a DER
 * SEQUENCE whose first element is INTEGER 3, the version of a PKCS#12 PFX (RFC 7292).
 */
function keystoreFormatOf(bytes: Buffer): KeystoreDetails['format'] | undefined {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === JKS_MAGIC) return 'JKS';
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === JCEKS_MAGIC) return 'JCEKS';
  if (bytes[0] !== 0x30 || bytes.length < 5) return undefined;
  const lengthByte = bytes[1] ?? 0;
  const contentStart = lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  const isVersionThree =
    bytes[contentStart] === 0x02 &&
    bytes[contentStart + 1] === 0x01 &&
    bytes[contentStart + 2] === 0x03;
  return isVersionThree ? 'PKCS12' : undefined;
}

function describeKeystore(path: string, format: KeystoreDetails['format']): string {
  const name = basename(path);
  const intro = `${path} is a ${format === 'PKCS12' ? 'PKCS#12' : format} keystore. Node.js cannot open it, so its subject and expiry cannot be read here.`;
  if (format === 'PKCS12') {
    return `${intro} Extract the certificate with a converter, for example "openssl pkcs12 -in ${name} -nokeys -clcerts -out certificate.pem" (add -legacy with OpenSSL 3 for older keystores), which asks for the keystore password, then inspect certificate.pem.`;
  }
  return `${intro} Extract the certificate with "keytool -exportcert -rfc -keystore ${name} -alias <alias> -file certificate.pem", which asks for the keystore password, then inspect certificate.pem.`;
}
