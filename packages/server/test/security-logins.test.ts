import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, type RunningServer } from '../src/index.js';
import {
  DEMO_DEVICE,
  postForm,
  type Reply,
  send,
  startDemoServer,
  TOKEN_PATH,
  tokenFor,
} from './helpers.js';

let server: RunningServer;
let logLines: Record<string, unknown>[];

beforeEach(async () => {
  logLines = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) {
        if (line.trim() !== '') logLines.push(JSON.parse(line));
      }
      callback();
    },
  });
  server = await startDemoServer({
    logger: createLogger('info', sink),
    loginFailuresPerId: 3,
    loginFailuresPerAddress: 5,
    loginFailureWindowSeconds: 300,
  });
});

afterEach(async () => {
  await server.close();
});

function deviceLogin(loginId: string, password: string): Promise<Reply> {
  return send(server, 'POST', '/devices/v1/login', { json: { loginId, password } });
}

function clientLogin(clientId: string, clientSecret: string): Promise<Reply> {
  return postForm(server, TOKEN_PATH, {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  });
}

async function devicePassword(): Promise<{ loginId: string; password: string }> {
  const admin = await tokenFor(server, 'demo-region-admin');
  const reset = await send(server, 'POST', `/devices/v1/devices/${DEMO_DEVICE.deptRoom}/password`, {
    token: admin,
  });
  return { loginId: reset.body.loginId, password: reset.body.password };
}

describe('device login failure limit', () => {
  it('answers 429 after the limit, even for the right password', async () => {
    const { loginId, password } = await devicePassword();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await deviceLogin(loginId, 'wrong-password')).status).toBe(401);
    }
    const limited = await deviceLogin(loginId, password);

    expect(limited.status).toBe(429);
    expect(limited.body.detailed_error_code).toBe(6001);
    expect(limited.body.detailed_error).toMatch(
      new RegExp(
        `^Too many failed attempts for login id ${loginId}: 3 within 300 s\\. Retry after \\d+ s\\.$`,
      ),
    );
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('resets the count after a successful login', async () => {
    const { loginId, password } = await devicePassword();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await deviceLogin(loginId, 'wrong-password')).status).toBe(401);
    }
    expect((await deviceLogin(loginId, password)).status).toBe(200);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await deviceLogin(loginId, 'wrong-password')).status).toBe(401);
    }
    expect((await deviceLogin(loginId, password)).status).toBe(200);
  });

  it('limits failures per remote address over all login ids', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await deviceLogin(`unknown-${attempt}`, 'wrong-password')).status).toBe(401);
    }
    const limited = await deviceLogin('unknown-fresh', 'wrong-password');

    expect(limited.status).toBe(429);
    expect(limited.body.detailed_error).toMatch(
      /^Too many failed attempts for address [\d.:a-f]+: 5 within 300 s\. Retry after \d+ s\.$/,
    );
  });

  it('logs each failure with its ids and without the password', async () => {
    const reply = await send(server, 'POST', '/devices/v1/login', {
      json: { loginId: 'kiosk-unknown', password: 'Secret-Password-123' },
      headers: { 'x-request-id': 'login-failure-test' },
    });
    expect(reply.status).toBe(401);

    const warnings = logLines.filter((line) => line.msg === 'device login failed');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 40,
      requestId: 'login-failure-test',
      loginId: 'kiosk-unknown',
      detailedErrorCode: 2004,
      reason: 'Invalid login id or password.',
    });
    expect(typeof warnings[0]?.remoteAddress).toBe('string');
    expect(JSON.stringify(logLines)).not.toContain('Secret-Password-123');
    const generic = logLines.filter((line) => line.msg === 'request rejected: credentials invalid');
    expect(generic).toHaveLength(0);
  });
});

describe('token endpoint failure limit', () => {
  it('answers 429 with an OAuth error after the limit', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await clientLogin('demo-agency', 'wrong-secret')).status).toBe(401);
    }
    const limited = await clientLogin('demo-agency', 'demo-agency-secret');

    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe('invalid_request');
    expect(limited.body.error_description).toMatch(
      /^Too many failed attempts for client demo-agency: 3 within 300 s\. Retry after \d+ s\.$/,
    );
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('logs each failure with the client id and without the secret', async () => {
    const reply = await clientLogin('demo-agency', 'Wrong-Secret-456');
    expect(reply.status).toBe(401);

    const warnings = logLines.filter((line) => line.msg === 'client authentication failed');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 40,
      clientId: 'demo-agency',
      oauthError: 'invalid_client',
      reason: 'Invalid client credentials.',
    });
    expect(typeof warnings[0]?.requestId).toBe('string');
    expect(JSON.stringify(logLines)).not.toContain('Wrong-Secret-456');
  });
});

describe('rejected bearer tokens', () => {
  it('logs one warning with the code and reason', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices', {
      token: 'not.a.jwt',
      headers: { 'x-request-id': 'bad-token-test' },
    });
    expect(reply.status).toBe(401);

    const warnings = logLines.filter(
      (line) => line.msg === 'request rejected: credentials invalid',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 40,
      requestId: 'bad-token-test',
      detailedErrorCode: 2002,
      reason: reply.body.detailed_error,
    });
    expect(JSON.stringify(logLines)).not.toContain('not.a.jwt');
  });
});

describe('one-click code on a disabled device', () => {
  it('spends the code even though the login fails', async () => {
    const admin = await tokenFor(server, 'demo-region-admin');
    const deviceId = DEMO_DEVICE.hospitalRoom;
    const link = await send(server, 'POST', `/devices/v1/devices/${deviceId}/login-links`, {
      token: admin,
      json: { expiresInSeconds: 600 },
    });
    const devicePath = `/devices/v1/devices/${deviceId}`;
    await send(server, 'PATCH', devicePath, { token: admin, json: { status: 'disabled' } });
    const disabled = await send(server, 'POST', '/devices/v1/login/one-click', {
      json: { code: link.body.code },
    });
    expect(disabled.status).toBe(401);
    expect(disabled.body.detailed_error_code).toBe(2004);

    await send(server, 'PATCH', devicePath, { token: admin, json: { status: 'active' } });
    const reused = await send(server, 'POST', '/devices/v1/login/one-click', {
      json: { code: link.body.code },
    });
    expect(reused.status).toBe(401);
    expect(reused.body.detailed_error_code).toBe(2005);
    expect(reused.body.detailed_error).toBe(
      'The one-click code was already used. Create a new login link.',
    );
  });
});
