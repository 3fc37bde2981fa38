import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VdxError } from '../../src/index.js';
import { inspectCertificate } from '../../src/migration/index.js';
import {
  createTestCertificates,
  HAS_OPENSSL,
  type TestCertificates,
} from '../helpers/certificates.js';

describe.skipIf(!HAS_OPENSSL)('inspectCertificate (needs openssl to make certificates)', () => {
  let certificates: TestCertificates;
  let reference: X509Certificate;

  beforeAll(() => {
    certificates = createTestCertificates();
    reference = new X509Certificate(certificates.selfSigned.cert);
  });

  afterAll(() => {
    certificates.remove();
  });

  it('reads a PEM file', async () => {
    const validFrom = new Date(reference.validFrom);
    const now = new Date(validFrom.getTime() + 24 * 60 * 60 * 1000);

    const details = await inspectCertificate(certificates.selfSigned.certPath, { now });

    expect(details).toEqual({
      kind: 'certificate',
      subject: 'C=DK, O=Demo Kommune, CN=Demo Kommune STS',
      issuer: 'C=DK, O=Demo Kommune, CN=Demo Kommune STS',
      validFrom,
      validTo: new Date(reference.validTo),
      daysLeft: 29,
      expired: false,
      serialNumber: reference.serialNumber,
      fingerprint256: reference.fingerprint256,
    });
  });

  it('reads PEM text and DER', async () => {
    const derPath = join(certificates.dir, 'self-signed.der');
    writeFileSync(derPath, reference.raw);

    const fromText = await inspectCertificate(certificates.selfSigned.cert);
    const fromDer = await inspectCertificate(derPath);

    expect(fromText).toMatchObject({
      kind: 'certificate',
      fingerprint256: reference.fingerprint256,
    });
    expect(fromDer).toMatchObject({
      kind: 'certificate',
      fingerprint256: reference.fingerprint256,
    });
  });

  it('reports an expired certificate', async () => {
    const validTo = new Date(reference.validTo);
    const now = new Date(validTo.getTime() + 3.5 * 24 * 60 * 60 * 1000);

    const details = await inspectCertificate(certificates.selfSigned.certPath, { now });

    expect(details).toMatchObject({ kind: 'certificate', expired: true, daysLeft: -4 });
  });

  it('reports a PKCS#12 keystore', async () => {
    const path = certificates.pkcs12Path;

    const details = await inspectCertificate(path, { password: certificates.pkcs12Password });

    expect(details).toEqual({
      kind: 'keystore',
      path,
      format: 'PKCS12',
      message: `${path} is a PKCS#12 keystore. Node.js cannot open it, so its subject and expiry cannot be read here. Extract the certificate with a converter, for example "openssl pkcs12 -in organisation.p12 -nokeys -clcerts -out certificate.pem" (add -legacy with OpenSSL 3 for older keystores), which asks for the keystore password, then inspect certificate.pem.`,
    });
    expect(JSON.stringify(details)).not.toContain(certificates.pkcs12Password);
  });

  it('reports a Java keystore', async () => {
    const path = join(certificates.dir, 'organisation.jks');
    writeFileSync(path, Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]));

    const details = await inspectCertificate(path);

    expect(details).toMatchObject({
      kind: 'keystore',
      format: 'JKS',
      message: expect.stringContaining(
        'keytool -exportcert -rfc -keystore organisation.jks -alias <alias> -file certificate.pem',
      ),
    });
  });

  it('rejects a file without certificate', async () => {
    const path = certificates.selfSigned.keyPath;

    await expect(inspectCertificate(path)).rejects.toThrow(
      new VdxError(
        `${path} is not a valid X.509 certificate (PEM or DER), PKCS#12 keystore or Java keystore.`,
      ),
    );
    expect(readFileSync(path, 'utf8')).toContain('PRIVATE KEY');
  });
});

describe('inspectCertificate errors', () => {
  it('missing file names the path', async () => {
    const path = '/nonexistent/vdx/organisation.pem';

    await expect(inspectCertificate(path)).rejects.toThrow(
      new VdxError(`Could not read the certificate ${path}: the file does not exist.`),
    );
  });

  it('rejects malformed PEM text', async () => {
    const pem =
      '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n';

    await expect(inspectCertificate(pem)).rejects.toThrow(
      'The PEM text is not a valid X.509 certificate (PEM or DER), PKCS#12 keystore or Java keystore.',
    );
  });
});
