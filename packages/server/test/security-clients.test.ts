import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/index.js';
import { launchServer } from '../src/server.js';
import { postForm, send, TOKEN_PATH, tokenFor } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vdx-server-security-clients-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Collects the JSON log lines of a server. */
function logCollector() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line));
      }
      callback();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

describe('access tokens of unknown clients', () => {
  it('rejects a realm-signed token for a made-up client', async () => {
    const server = await launchServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
    try {
      const forged = await server.context.issuer.issue(
        {
          subject: 'made-up-client',
          clientId: 'made-up-client',
          organisationCode: 'region-demo',
          roles: ['device-admin'],
        },
        { scope: 'profile email' },
      );
      const reply = await send(server, 'GET', '/devices/v1/devices', {
        token: forged.access_token,
      });
      expect(reply.status).toBe(401);
      expect(reply.body.detailed_error_code).toBe(2002);
      expect(reply.body.detailed_error).toBe(
        'The access token is invalid: its client made-up-client does not exist in this realm.',
      );
      const again = await send(server, 'GET', '/devices/v1/devices', {
        token: forged.access_token,
      });
      expect(again.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('accepts a token of an existing client', async () => {
    const server = await launchServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
    try {
      const token = await tokenFor(server, 'demo-region-admin');
      const reply = await send(server, 'GET', '/devices/v1/devices', { token });
      expect(reply.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('demo clients after a restart without the demo seed', () => {
  const demoForm = {
    grant_type: 'client_credentials',
    client_id: 'demo-kommune-admin',
    client_secret: 'demo-kommune-admin-secret',
  };
  const disabledMessage =
    'client demo-kommune-admin is a demo client, and demo clients are disabled because the server runs without --seed demo';

  it('rejects their credentials, refresh tokens and access tokens', async () => {
    const options = { port: 0, db: join(dir, 'seeded.sqlite'), publicUrl: 'http://vdx.test:8787' };
    const seeded = await launchServer({ ...options, seed: 'demo', logger: false });
    const issued = await postForm(seeded, TOKEN_PATH, demoForm);
    expect(issued.status).toBe(200);
    await seeded.close();

    const { lines, logger } = logCollector();
    const unseeded = await launchServer({ ...options, logger });
    try {
      const token = await postForm(unseeded, TOKEN_PATH, demoForm);
      expect(token.status).toBe(401);
      expect(token.body).toEqual({
        error: 'invalid_client',
        error_description: `The ${disabledMessage}.`,
      });

      const refreshed = await postForm(unseeded, TOKEN_PATH, {
        ...demoForm,
        grant_type: 'refresh_token',
        refresh_token: issued.body.refresh_token,
      });
      expect(refreshed.status).toBe(401);
      expect(refreshed.body.error).toBe('invalid_client');

      const call = await send(unseeded, 'GET', '/devices/v1/devices', {
        token: issued.body.access_token,
      });
      expect(call.status).toBe(401);
      expect(call.body.detailed_error_code).toBe(2002);
      expect(call.body.detailed_error).toBe(`The access token is invalid: its ${disabledMessage}.`);

      const warnings = lines.filter((line) => String(line.msg).includes('demo clients'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.msg).toBe(
        'The database contains 5 demo clients; they are disabled because the server runs without --seed demo.',
      );
    } finally {
      await unseeded.close();
    }
  });

  it('accepts them again when restarted with the demo seed', async () => {
    const options = { port: 0, db: join(dir, 'reseeded.sqlite'), logger: false as const };
    const first = await launchServer({ ...options, seed: 'demo' });
    await first.close();
    const second = await launchServer({ ...options, seed: 'demo' });
    try {
      const token = await postForm(second, TOKEN_PATH, demoForm);
      expect(token.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
