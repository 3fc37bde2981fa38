import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VdxError } from '../../src/index.js';
import { readLegacyConfig } from '../../src/migration/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FIXTURE_PASSWORD = 'fixture-keystore-password';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vdx-legacy-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeTemp(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readLegacyConfig with .NET JSON', () => {
  it('normalises the Vdx section', async () => {
    const { config } = await readLegacyConfig(join(FIXTURES, 'legacy-appsettings.json'));

    expect(config).toEqual({
      path: join(FIXTURES, 'legacy-appsettings.json'),
      format: 'json',
      stsEndpoint: 'https://sts.vdx-legacy.example/sts/services/SecurityTokenService',
      appliesTo: 'urn:medcom:videoapi',
      certificatePath: 'certs/organisation.p12',
      certificateFile: join(FIXTURES, 'certs/organisation.p12'),
      hasCertificatePassword: true,
      tokenExchangeUrl: 'https://api.vdx-legacy.example/videoapi/token',
      videoApiBaseUrl: 'https://api.vdx-legacy.example/videoapi/v2/',
      baseUrl: 'https://api.vdx-legacy.example',
      authScheme: 'Holder-of-key',
      keys: {
        stsEndpoint: 'Vdx:StsEndpoint',
        appliesTo: 'Vdx:AppliesTo',
        certificatePath: 'Vdx:CertificatePath',
        certificatePassword: 'Vdx:CertificatePassword',
        tokenExchangeUrl: 'Vdx:TokenExchangeUrl',
        videoApiBaseUrl: 'Vdx:VideoApiBaseUrl',
        authScheme: 'Vdx:AuthorizationScheme',
      },
      unknownKeys: ['Vdx:RetryCount'],
    });
  });

  it('lists obsolete, carried and unknown', async () => {
    const { findings } = await readLegacyConfig(join(FIXTURES, 'legacy-appsettings.json'));

    expect(findings.map((finding) => [finding.kind, finding.key])).toEqual([
      ['obsolete', 'Vdx:StsEndpoint'],
      ['obsolete', 'Vdx:AppliesTo'],
      ['obsolete', 'Vdx:CertificatePath'],
      ['obsolete', 'Vdx:CertificatePassword'],
      ['obsolete', 'Vdx:TokenExchangeUrl'],
      ['obsolete', 'Vdx:AuthorizationScheme'],
      ['carries_over', 'Vdx:VideoApiBaseUrl'],
      ['unknown_key', 'Vdx:RetryCount'],
    ]);
    expect(findings[3]?.message).toBe(
      'Vdx:CertificatePassword (value not shown): the keystore password is obsolete. Remove it from this file and from any secret store that contains it.',
    );
    expect(findings[5]?.message).toBe(
      'Vdx:AuthorizationScheme = Holder-of-key: holder-of-key tokens over mutual TLS are obsolete; OAuth access tokens are sent as "Authorization: Bearer <token>" without a client certificate.',
    );
    expect(findings[6]?.message).toBe(
      'Vdx:VideoApiBaseUrl = https://api.vdx-legacy.example/videoapi/v2/: carries over as baseUrl https://api.vdx-legacy.example, without the /videoapi path, because the SDK adds it to each request.',
    );
    expect(findings[7]?.message).toBe(
      'Vdx:RetryCount: unknown key, ignored. Check its spelling if it is a VDX setting.',
    );
  });

  it('never returns the keystore password', async () => {
    const report = await readLegacyConfig(join(FIXTURES, 'legacy-appsettings.json'));

    expect(JSON.stringify(report)).not.toContain(FIXTURE_PASSWORD);
  });

  it('accepts spelling variants and flat keys', async () => {
    const path = writeTemp(
      'variants.json',
      JSON.stringify({
        VDX: {
          sts_endpoint: 'https://sts.example/sts',
          'Certificate-Thumbprint': 'AB12CD34',
          videoApiURL: 'https://api.example',
        },
        'Vdx:TOKEN_EXCHANGE_URL': 'https://api.example/videoapi/token',
        Vdx__KeystorePassword: 'secret-in-flat-key',
      }),
    );

    const { config } = await readLegacyConfig(path);

    expect(config.stsEndpoint).toBe('https://sts.example/sts');
    expect(config.certificateThumbprint).toBe('AB12CD34');
    expect(config.baseUrl).toBe('https://api.example');
    expect(config.tokenExchangeUrl).toBe('https://api.example/videoapi/token');
    expect(config.keys.tokenExchangeUrl).toBe('Vdx:TOKEN_EXCHANGE_URL');
    expect(config.hasCertificatePassword).toBe(true);
    expect(config.unknownKeys).toEqual([]);
  });

  it('accepts comments and trailing commas', async () => {
    const path = writeTemp(
      'commented.json',
      [
        '{',
        '  // The .NET configuration reader allows comments.',
        '  "Vdx": {',
        '    /* STS */ "StsEndpoint": "https://sts.example/sts//path",',
        '    "Note": "a // inside a string stays",',
        '  },',
        '}',
      ].join('\n'),
    );

    const { config } = await readLegacyConfig(path);

    expect(config.stsEndpoint).toBe('https://sts.example/sts//path');
    expect(config.unknownKeys).toEqual(['Vdx:Note']);
  });

  it('matches keys without a section', async () => {
    const path = writeTemp(
      'flat.json',
      JSON.stringify({ StsUrl: 'https://sts.example/sts', BaseUrl: 'https://unrelated.example' }),
    );

    const { config, findings } = await readLegacyConfig(path);

    expect(config.stsEndpoint).toBe('https://sts.example/sts');
    expect(config.videoApiBaseUrl).toBeUndefined();
    expect(config.unknownKeys).toEqual([]);
    expect(findings.filter((finding) => finding.kind === 'warning')).toEqual([
      {
        kind: 'warning',
        message:
          'No VDX section (such as "Vdx": { ... }) or VDX key prefix (such as vdx.) found, so keys were matched by name anywhere in the file, and unknown keys are not reported.',
      },
    ]);
  });

  it('derives baseUrl from exchange URL', async () => {
    const path = writeTemp(
      'exchange-only.json',
      JSON.stringify({ Vdx: { TokenExchangeUrl: 'https://api.example/vdx/videoapi/token' } }),
    );

    const { config, findings } = await readLegacyConfig(path);

    expect(config.baseUrl).toBe('https://api.example/vdx');
    expect(findings).toContainEqual({
      kind: 'carries_over',
      key: 'Vdx:TokenExchangeUrl',
      message:
        'No VideoAPI base URL is set, so baseUrl https://api.example/vdx is derived from Vdx:TokenExchangeUrl = https://api.example/vdx/videoapi/token.',
    });
    expect(findings).toContainEqual({
      kind: 'missing',
      message:
        'No certificate or keystore setting found, so the checklist cannot name the certificate to delete. Look for it in the other configuration of the program.',
    });
  });

  it('reports missing STS settings and base URL', async () => {
    const path = writeTemp('empty.json', JSON.stringify({ Vdx: { Enabled: true } }));

    const { findings } = await readLegacyConfig(path);

    expect(findings).toEqual([
      {
        kind: 'missing',
        message:
          'No VideoAPI base URL found (such as Vdx:VideoApiBaseUrl or vdx.videoapi.base.url). Pass baseUrl or environment when migrating.',
      },
      {
        kind: 'missing',
        message: `No STS settings found (STS endpoint, certificate or keystore, token exchange URL, holder-of-key scheme) in ${path}; it may not be the legacy VDX configuration.`,
      },
      {
        kind: 'unknown_key',
        key: 'Vdx:Enabled',
        message: 'Vdx:Enabled: unknown key, ignored. Check its spelling if it is a VDX setting.',
      },
    ]);
  });

  it('warns about duplicate and doubtful values', async () => {
    const path = writeTemp(
      'doubtful.json',
      JSON.stringify({
        Vdx: {
          CertificatePath: 'a.p12',
          KeystoreFile: 'b.p12',
          TokenExchangeUrl: 'https://api.example/token',
          VideoApiBaseUrl: 'api.example',
          Mode: 'HOLDER_OF_KEY',
        },
      }),
    );

    const { config, findings } = await readLegacyConfig(path);

    expect(config.certificatePath).toBe('a.p12');
    expect(config.authScheme).toBe('HOLDER_OF_KEY');
    expect(findings.filter((finding) => finding.kind === 'warning')).toEqual([
      {
        kind: 'warning',
        key: 'Vdx:TokenExchangeUrl',
        message:
          'Vdx:TokenExchangeUrl = https://api.example/token: the URL does not end in /videoapi/token, the path of the STS token exchange; check which service it names.',
      },
      {
        kind: 'warning',
        key: 'Vdx:VideoApiBaseUrl',
        message:
          'Vdx:VideoApiBaseUrl = api.example: not an absolute http or https URL, so no base URL carries over. Pass baseUrl when migrating.',
      },
      {
        kind: 'warning',
        key: 'Vdx:KeystoreFile',
        message:
          'Vdx:KeystoreFile also sets the certificate or keystore path. The value of Vdx:CertificatePath is used.',
      },
    ]);
  });
});

describe('readLegacyConfig with Java properties', () => {
  it('normalises vdx and WSS4J keys', async () => {
    const { config } = await readLegacyConfig(join(FIXTURES, 'legacy-sts.properties'));

    expect(config).toEqual({
      path: join(FIXTURES, 'legacy-sts.properties'),
      format: 'properties',
      stsEndpoint: 'https://sts.vdx-legacy.example/sts/services/SecurityTokenService',
      certificatePath: 'config/organisation.p12',
      certificateFile: join(FIXTURES, 'config/organisation.p12'),
      hasCertificatePassword: true,
      keystoreType: 'PKCS12',
      keystoreAlias: 'organisation',
      cryptoProvider: 'org.apache.wss4j.common.crypto.Merlin',
      tokenExchangeUrl: 'https://api.vdx-legacy.example/videoapi/token',
      videoApiBaseUrl: 'https://api.vdx-legacy.example',
      baseUrl: 'https://api.vdx-legacy.example',
      keys: {
        stsEndpoint: 'vdx.sts.endpoint',
        certificatePath: 'vdx.keystore.path',
        certificatePassword: 'vdx.keystore.password',
        keystoreType: 'vdx.keystore.type',
        keystoreAlias: 'org.apache.wss4j.crypto.merlin.keystore.alias',
        cryptoProvider: 'org.apache.wss4j.crypto.provider',
        tokenExchangeUrl: 'vdx.token.exchange.url',
        videoApiBaseUrl: 'vdx.videoapi.base.url',
      },
      unknownKeys: ['vdx.poll.interval.seconds'],
    });
  });

  it('never returns the keystore password', async () => {
    const report = await readLegacyConfig(join(FIXTURES, 'legacy-sts.properties'));

    expect(JSON.stringify(report)).not.toContain(FIXTURE_PASSWORD);
  });

  it('follows java.util.Properties syntax', async () => {
    const path = writeTemp(
      'syntax.properties',
      [
        '  # indented comment',
        'vdx.sts.endpoint : https://sts.example/\\',
        '    sts/services',
        'vdx.keystore.path C:\\\\certs\\\\org.p12',
        'vdx.videoapi.base.url=https\\://api.example',
        'vdx.keystore.alias=\\u00f8rsted',
      ].join('\r\n'),
    );

    const { config } = await readLegacyConfig(path);

    expect(config.stsEndpoint).toBe('https://sts.example/sts/services');
    expect(config.certificatePath).toBe('C:\\certs\\org.p12');
    expect(config.baseUrl).toBe('https://api.example');
    expect(config.keystoreAlias).toBe('ørsted');
  });
});

describe('readLegacyConfig errors', () => {
  it('missing file names the path', async () => {
    const path = join(dir, 'missing.json');

    await expect(readLegacyConfig(path)).rejects.toThrow(
      new VdxError(`Could not read the legacy configuration ${path}: the file does not exist.`),
    );
  });

  it('invalid JSON names the file', async () => {
    const path = writeTemp('broken.json', '{ "Vdx": { "StsEndpoint": } }');

    await expect(readLegacyConfig(path)).rejects.toThrow(
      /^The legacy configuration .*broken\.json is not valid JSON \(.+\)\. Fix the syntax, or rename the file if it is a \.properties file\.$/,
    );
  });

  it('XML configuration is rejected', async () => {
    const path = writeTemp('app.config', '<configuration><appSettings /></configuration>');

    await expect(readLegacyConfig(path)).rejects.toThrow(
      `The legacy configuration ${path} looks like XML, such as app.config or web.config. Only JSON settings files and Java .properties files can be read; copy the VDX settings into a JSON file to check them.`,
    );
  });
});
