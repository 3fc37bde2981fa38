import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whether the `openssl` command is installed. Node.js can create key pairs but not X.509
 * certificates, so the certificate tests need it and are skipped without it.
 */
export const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

/** Certificates made for one test file in a temporary directory. */
export interface TestCertificates {
  dir: string;
  /** A self-signed certificate for `CN=Demo Kommune STS`, valid for 30 days, and its key. */
  selfSigned: { certPath: string; keyPath: string; cert: string; key: string };
  /** A certificate for 127.0.0.1 issued by a CA that no client trusts, and its key. */
  untrustedLeaf: { cert: string; key: string };
  /** A PKCS#12 keystore with the self-signed certificate and key. */
  pkcs12Path: string;
  /** The password of the PKCS#12 keystore. */
  pkcs12Password: string;
  remove(): void;
}

/**
 * Creates the test certificates: node:crypto makes the key pairs, `openssl` signs them.
 * Call only when `HAS_OPENSSL` is true.
 */
export function createTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'vdx-sdk-certs-'));
  const selfSigned = selfSignedCertificate(
    dir,
    'self-signed',
    '/C=DK/O=Demo Kommune/CN=Demo Kommune STS',
    30,
  );
  const ca = selfSignedCertificate(dir, 'ca', '/CN=Untrusted Test CA', 2);
  const leafKeyPath = writeKey(dir, 'leaf');
  openssl([
    'req',
    '-new',
    '-key',
    leafKeyPath,
    '-subj',
    '/CN=127.0.0.1',
    '-out',
    join(dir, 'leaf.csr'),
  ]);
  const leafCertPath = join(dir, 'leaf.pem');
  openssl([
    'x509',
    '-req',
    '-in',
    join(dir, 'leaf.csr'),
    '-CA',
    ca.certPath,
    '-CAkey',
    ca.keyPath,
    '-CAcreateserial',
    '-days',
    '1',
    '-out',
    leafCertPath,
  ]);
  const pkcs12Path = join(dir, 'organisation.p12');
  const pkcs12Password = 'test-keystore-password';
  openssl([
    'pkcs12',
    '-export',
    '-in',
    selfSigned.certPath,
    '-inkey',
    selfSigned.keyPath,
    '-out',
    pkcs12Path,
    '-passout',
    `pass:${pkcs12Password}`,
  ]);
  return {
    dir,
    selfSigned,
    untrustedLeaf: {
      cert: readFileSync(leafCertPath, 'utf8'),
      key: readFileSync(leafKeyPath, 'utf8'),
    },
    pkcs12Path,
    pkcs12Password,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function selfSignedCertificate(dir: string, name: string, subject: string, days: number) {
  const keyPath = writeKey(dir, name);
  const certPath = join(dir, `${name}.pem`);
  openssl([
    'req',
    '-x509',
    '-key',
    keyPath,
    '-subj',
    subject,
    '-days',
    String(days),
    '-out',
    certPath,
  ]);
  return {
    certPath,
    keyPath,
    cert: readFileSync(certPath, 'utf8'),
    key: readFileSync(keyPath, 'utf8'),
  };
}

function writeKey(dir: string, name: string): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const keyPath = join(dir, `${name}.key`);
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return keyPath;
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: 'pipe' });
}

/** Starts an HTTPS server on a free loopback port that responds to every request with 200. */
export async function startLocalHttpsServer(tls: {
  cert: string;
  key: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(tls, (_request, response) => response.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
