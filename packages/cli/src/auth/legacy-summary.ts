import type {
  CertificateInspection,
  LegacyConfigReport,
  LegacyField,
  StsCutoffExplanation,
} from '@vdx/sdk/migration';
import { cliError, ExitCode } from '../errors.js';

/**
 * The settings that only an STS integration has, each with example keys in the JSON and the
 * .properties spelling. The SDK also matches other spellings of the same settings.
 */
const STS_SETTINGS: ReadonlyArray<{ field: LegacyField; label: string; examples: string }> = [
  { field: 'stsEndpoint', label: 'STS endpoint', examples: 'Vdx:StsEndpoint, vdx.sts.endpoint' },
  {
    field: 'certificatePath',
    label: 'certificate or keystore path',
    examples: 'Vdx:CertificatePath, org.apache.wss4j.crypto.merlin.keystore.file',
  },
  {
    field: 'certificateThumbprint',
    label: 'certificate thumbprint',
    examples: 'Vdx:CertificateThumbprint',
  },
  {
    field: 'tokenExchangeUrl',
    label: 'token exchange URL',
    examples: 'Vdx:TokenExchangeUrl, vdx.token.exchange.url',
  },
  { field: 'authScheme', label: 'authorization scheme', examples: 'Vdx:AuthScheme' },
];

/**
 * Rejects a file that contains none of the STS settings, because then it is not the legacy
 * configuration and there is nothing to migrate from.
 *
 * @throws CLIError (exit 2) naming the file and the keys that were looked for.
 */
export function requireStsSettings(report: LegacyConfigReport): void {
  const { config } = report;
  if (STS_SETTINGS.some(({ field }) => config.keys[field] !== undefined)) return;
  const lookedFor = STS_SETTINGS.map(({ label, examples }) => `${label} (${examples})`);
  throw cliError(
    `No STS configuration found in ${config.path}. The keys looked for are the ${lookedFor.join('; ')}, in any case and separator style. ` +
      'Pass the legacy VDX configuration file with --from.',
    ExitCode.Usage,
  );
}

/** The certificate of a legacy configuration as `vdx auth migrate` reports it. */
export type CertificateSummary =
  | {
      kind: 'certificate';
      path: string;
      subject: string;
      validTo: string;
      expired: boolean;
      daysLeft: number;
    }
  | { kind: 'keystore'; path: string; format: string; message: string }
  | { kind: 'thumbprint'; thumbprint: string }
  | { kind: 'unreadable'; path: string; message: string }
  | { kind: 'none' };

/**
 * Reads the certificate that the legacy configuration names with the SDK's `inspectCertificate`.
 * A file that cannot be read is reported, not thrown, because the migration does not need it.
 */
export async function summariseCertificate(
  report: LegacyConfigReport,
): Promise<CertificateSummary> {
  const { config } = report;
  if (config.certificateFile === undefined) {
    return config.certificateThumbprint === undefined
      ? { kind: 'none' }
      : { kind: 'thumbprint', thumbprint: config.certificateThumbprint };
  }
  const migration = await import('@vdx/sdk/migration');
  const sdk = await import('@vdx/sdk');
  let inspection: CertificateInspection;
  try {
    inspection = await migration.inspectCertificate(config.certificateFile);
  } catch (error) {
    if (!(error instanceof sdk.VdxError)) throw error;
    return { kind: 'unreadable', path: config.certificateFile, message: error.message };
  }
  if (inspection.kind === 'keystore') {
    return {
      kind: 'keystore',
      path: inspection.path,
      format: inspection.format,
      message: inspection.message,
    };
  }
  return {
    kind: 'certificate',
    path: config.certificateFile,
    subject: inspection.subject,
    validTo: inspection.validTo.toISOString(),
    expired: inspection.expired,
    daysLeft: inspection.daysLeft,
  };
}

/** Formats the lines of step 1: the file, its STS settings, the certificate and the findings. */
export function describeLegacyConfig(
  report: LegacyConfigReport,
  certificate: CertificateSummary,
): string[] {
  const { config } = report;
  const lines = [`   File: ${config.path} (${config.format})`];
  lines.push(`   STS endpoint: ${config.stsEndpoint ?? '(none)'}`);
  lines.push(`   Certificate: ${describeCertificate(certificate)}`);
  for (const finding of report.findings) {
    lines.push(`   - ${finding.kind.replace('_', ' ')}: ${withCliFlags(finding.message)}`);
  }
  return lines;
}

/**
 * Rewords the SDK's advice about `migrateFromSts` options, such as "Pass baseUrl or environment
 * when migrating.", with the flags of `vdx auth migrate`.
 */
export function withCliFlags(message: string): string {
  return message
    .replace('Pass baseUrl or environment when migrating.', 'Pass --base-url or --env.')
    .replace('Pass baseUrl when migrating.', 'Pass --base-url.')
    .replaceAll(/\bbaseUrl\b/g, 'base URL');
}

function describeCertificate(certificate: CertificateSummary): string {
  switch (certificate.kind) {
    case 'certificate': {
      const state = certificate.expired
        ? `expired on ${certificate.validTo}`
        : `expires ${certificate.validTo} (in ${certificate.daysLeft} days)`;
      return `${certificate.path}, subject ${certificate.subject}, ${state}`;
    }
    case 'keystore':
      return certificate.message;
    case 'thumbprint':
      return `thumbprint ${certificate.thumbprint} in a certificate store`;
    case 'unreadable':
      return certificate.message;
    case 'none':
      return '(none named in the file)';
  }
}

/** Formats the lines of step 2: the cut-off explanation, which names the date it uses. */
export function describeCutoff(cutoff: StsCutoffExplanation): string[] {
  return [`   ${cutoff.message}`];
}
