import type {
  CertificateInspection,
  LegacyConfigReport,
  StsCutoffExplanation,
} from '@vdx/sdk/migration';

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
    lines.push(`   - ${finding.kind.replace('_', ' ')}: ${finding.message}`);
  }
  return lines;
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
