import { Hono } from 'hono';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../src/app-env.js';
import {
  createApp,
  createAppContext,
  type RunningServer,
  registeredOperationIds,
} from '../src/index.js';
import { handleError } from '../src/middleware/error-handler.js';
import { validateResponses } from '../src/middleware/validate-response.js';
import { loadSpec } from '../src/spec/index.js';
import { DEMO_DEVICE, startDemoServer } from './helpers.js';

const DEVICE_PATH = `/devices/v1/devices/${DEMO_DEVICE.deptRoom}`;

/** A device body that matches the spec's `Device` schema. */
const VALID_DEVICE = {
  id: DEMO_DEVICE.deptRoom,
  name: 'room-akut-1',
  organisationCode: 'dept-emergency',
  kind: 'room-system',
  status: 'active',
  loginId: 'room-akut-1',
  hasPassword: false,
  metadata: {},
  createdTime: '2026-01-01T00:00:00Z',
  updatedTime: '2026-01-01T00:00:00Z',
};

/** Builds an app whose `getDevice` route answers `respond()`, behind the validation. */
function appAnswering(respond: () => Response): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(validateResponses(loadSpec().operations, pino({ level: 'silent' })));
  app.get('/devices/v1/devices/:deviceId', () => respond());
  app.onError(handleError(pino({ level: 'silent' })));
  return app;
}

async function readError(response: Response) {
  const body = (await response.json()) as { detailed_error_code: number; detailed_error: string };
  return { code: body.detailed_error_code, message: body.detailed_error };
}

describe('response validation', () => {
  it('is on in the test projects through VDX_VALIDATE_RESPONSES', async () => {
    const context = await createAppContext({ db: ':memory:', logger: false });
    context.close();
    expect(process.env.VDX_VALIDATE_RESPONSES).toBe('1');
    expect(context.config.validateResponses).toBe(true);
  });

  it('is off when the option says false', async () => {
    const context = await createAppContext({
      db: ':memory:',
      logger: false,
      validateResponses: false,
    });
    context.close();
    expect(context.config.validateResponses).toBe(false);
  });

  it('passes a response that matches the spec', async () => {
    const app = appAnswering(() => Response.json(VALID_DEVICE));
    const response = await app.request(DEVICE_PATH);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(VALID_DEVICE);
  });

  it('rejects an undocumented field', async () => {
    const app = appAnswering(() => Response.json({ ...VALID_DEVICE, secretNote: 'x' }));
    const response = await app.request(DEVICE_PATH);
    expect(response.status).toBe(500);
    expect(await readError(response)).toEqual({
      code: 9001,
      message:
        'The response of getDevice with status 200 does not match the spec: /secretNote: is not documented in the spec.',
    });
  });

  it('rejects a field of the wrong type', async () => {
    const app = appAnswering(() => Response.json({ ...VALID_DEVICE, name: 42 }));
    const response = await app.request(DEVICE_PATH);
    expect(response.status).toBe(500);
    expect(await readError(response)).toEqual({
      code: 9001,
      message:
        'The response of getDevice with status 200 does not match the spec: /name: must be string.',
    });
  });

  it('rejects a missing required field', async () => {
    const { name: _name, ...withoutName } = VALID_DEVICE;
    const app = appAnswering(() => Response.json(withoutName));
    const response = await app.request(DEVICE_PATH);
    expect(response.status).toBe(500);
    expect((await readError(response)).message).toBe(
      'The response of getDevice with status 200 does not match the spec: /name: is missing.',
    );
  });

  it('rejects an undocumented status', async () => {
    const app = appAnswering(() => Response.json(VALID_DEVICE, { status: 202 }));
    const response = await app.request(DEVICE_PATH);
    expect(response.status).toBe(500);
    expect((await readError(response)).message).toBe(
      'The response of getDevice with status 202 does not match the spec: the status is not documented in the spec.',
    );
  });

  it('rejects a body on a status documented without one', async () => {
    const app = new Hono<AppEnv>();
    app.use(validateResponses(loadSpec().operations, pino({ level: 'silent' })));
    app.post('/realms/:realm/protocol/openid-connect/revoke', (c) => c.json({ revoked: true }));
    const response = await app.request('/realms/vdx/protocol/openid-connect/revoke', {
      method: 'POST',
    });
    expect(response.status).toBe(500);
    expect((await readError(response)).message).toBe(
      'The response of revokeToken with status 200 does not match the spec: the spec documents no body, but the response has one.',
    );
  });

  it('leaves requests outside the spec alone', async () => {
    const app = new Hono<AppEnv>();
    app.use(validateResponses(loadSpec().operations, pino({ level: 'silent' })));
    app.get('/health', (c) => c.json({ anything: true }));
    const response = await app.request('/health');
    expect(response.status).toBe(200);
  });
});

describe('registeredOperationIds', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it('lists every operation of the spec for the full app', async () => {
    const context = await createAppContext({ db: ':memory:', logger: false });
    const registered = registeredOperationIds(createApp(context));
    context.close();
    expect(registered).toEqual([...loadSpec().operations.keys()]);
  });

  it('lists nothing for an app without routes', () => {
    expect(registeredOperationIds(new Hono<AppEnv>())).toEqual([]);
  });

  it('validated responses of the running server pass', async () => {
    const response = await fetch(`${server.url}/realms/vdx/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
  });
});
