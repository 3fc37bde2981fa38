/**
 * Helpers for the switch of a VDX integration from STS (certificates, OIO IDWS) to OAuth client
 * credentials: read a legacy configuration, inspect its certificate, explain the cut-off, prove
 * the new credentials work, and bridge the transition. Node.js only, because it reads files and
 * uses node:crypto.
 */
export {
  type CertificateDetails,
  type CertificateInspection,
  type InspectCertificateOptions,
  inspectCertificate,
  type KeystoreDetails,
} from './certificate.js';
export {
  type LegacyConfigFormat,
  type LegacyConfigReport,
  type LegacyStsConfig,
  readLegacyConfig,
} from './legacy-config.js';
export type { LegacyFinding } from './legacy-findings.js';
export type { LegacyField } from './legacy-keys.js';
export { type MigrateFromStsOptions, migrateFromSts, type StsMigrationResult } from './migrate.js';
export {
  failedMigrationStep,
  type MigrationStep,
  type MigrationStepFailure,
  withStepPrefix,
} from './step-error.js';
export {
  explainStsCutoff,
  STS_CERTIFICATES_END_DATE,
  STS_CUTOFF_DATE,
  type StsCutoffExplanation,
  type StsCutoffOptions,
} from './sts-cutoff.js';
export { type StsTransitionOptions, stsTransition } from './transition.js';
