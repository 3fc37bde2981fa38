import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeToken, resolveEnvironment, VDX_ENVIRONMENTS } from '../src/index.js';

describe('resolveEnvironment', () => {
  it('local is the reference server', () => {
    expect(resolveEnvironment('local')).toEqual({
      name: 'local',
      baseUrl: 'http://127.0.0.1:8787',
      issuer: 'http://127.0.0.1:8787/realms/vdx',
    });
  });

  it('MedCom environments are unconfirmed placeholders', () => {
    for (const name of ['test', 'stage', 'production'] as const) {
      const environment = VDX_ENVIRONMENTS[name];

      expect(environment.confirmed).toBe(false);
      expect(new URL(environment.baseUrl).hostname.endsWith('.invalid')).toBe(true);
      expect(new URL(environment.issuer).hostname.endsWith('.invalid')).toBe(true);
    }
  });

  it('unknown name lists the known names', () => {
    expect(() => resolveEnvironment('prod')).toThrow(
      new TypeError(
        'Unknown VDX environment "prod". Use one of local, test, stage, production, or pass { baseUrl, issuer }.',
      ),
    );
  });

  it('inherited property names are unknown', () => {
    expect(() => resolveEnvironment('toString')).toThrow(TypeError);
  });

  it('custom URLs keep the issuer exactly', () => {
    const custom = {
      baseUrl: 'https://api.vdx.example/',
      issuer: 'https://auth.vdx.example/realms/vdx/',
    };

    expect(resolveEnvironment(custom)).toEqual({
      baseUrl: 'https://api.vdx.example',
      issuer: 'https://auth.vdx.example/realms/vdx/',
    });
  });

  it('custom URL must be absolute', () => {
    expect(() =>
      resolveEnvironment({ baseUrl: 'api.vdx.example', issuer: 'https://a.example' }),
    ).toThrow(
      new TypeError(
        'baseUrl must be an absolute http or https URL such as http://127.0.0.1:8787; got "api.vdx.example".',
      ),
    );
  });
});

describe('describeToken', () => {
  it('reads a device token', () => {
    const claims = {
      client_id: 'device-login',
      'dk:medcom:organisation_id': 'hospital-demo',
      'dk:medcom:video:role': 'device',
      'dk:medcom:device_id': 'dev-1',
    };

    expect(describeToken(claims)).toEqual({
      clientId: 'device-login',
      organisation: 'hospital-demo',
      email: undefined,
      roles: ['device'],
      deviceId: 'dev-1',
    });
  });

  it('ignores claims of the wrong type', () => {
    const claims = {
      azp: 42,
      'dk:medcom:video:role': ['meeting-user', 7, ''],
      'dk:medcom:email': '',
    };

    expect(describeToken(claims)).toEqual({
      clientId: undefined,
      organisation: undefined,
      email: undefined,
      roles: ['meeting-user'],
      deviceId: undefined,
    });
  });
});

describe('browser entry', () => {
  it('main entry imports no node: module', () => {
    const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
    const visited = new Set<string>();
    const pending = [join(sourceDir, 'index.ts')];
    const nodeImports: string[] = [];
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (visited.has(file)) continue;
      visited.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/from '([^']+)'/g)) {
        if (specifier?.startsWith('node:')) nodeImports.push(`${file}: ${specifier}`);
        if (specifier?.startsWith('.'))
          pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      }
    }

    expect(nodeImports).toEqual([]);
    expect(visited.has(join(sourceDir, 'environments.ts'))).toBe(true);
    expect(readdirSync(join(sourceDir, 'migration')).length).toBeGreaterThan(0);
    expect([...visited].some((file) => file.includes('/migration/'))).toBe(false);
  });
});
