/**
 * Runs one SDK scenario against the reference server on a loopback port and against the mock
 * under MSW, and requires both to give the same transcript.
 */
import { clientCredentials, createVdxClient, VdxApiError, type VdxClient } from '@vdx/sdk';
import { startServer } from '@vdx/server';
import { setupServer } from 'msw/node';
import { expect, it } from 'vitest';
import { createVdxMock } from '../../src/index.js';
import { checkMockResponse, findOperationId } from './response-check.js';

const UNKNOWN_DEVICE = '9e9e9e9e-1111-4222-8333-444444444444';
/** `kiosk-centre-nord` in centre-nord, outside region-demo's subtree. */
const CENTRE_KIOSK = '0f5e2c1a-7b3d-4e8f-9a01-000000000004';

type Transcript = [step: string, result: unknown][];

function clientFor(baseUrl: string, clientId: string): VdxClient {
  const auth = clientCredentials({
    tokenUrl: `${baseUrl}/realms/vdx/protocol/openid-connect/token`,
    clientId,
    clientSecret: `${clientId}-secret`,
    allowInsecureRequests: true,
  });
  return createVdxClient({ baseUrl, auth });
}

/** Runs `call` and records its result, or the status and code of the API error it throws. */
async function record<T>(call: () => Promise<T>, view: (value: T) => unknown): Promise<unknown> {
  try {
    return { ok: view(await call()) };
  } catch (error) {
    if (!(error instanceof VdxApiError)) throw error;
    return { status: error.status, code: error.code };
  }
}

const MEETING_TIMES = {
  startTime: '2026-12-07T10:00:00+01:00',
  endTime: '2026-12-07T10:30:00+01:00',
};

/** Runs the shared scenario and returns its transcript, without ids or timestamps. */
async function runScenario(baseUrl: string): Promise<Transcript> {
  const transcript: Transcript = [];
  const step = async (name: string, result: Promise<unknown>) => {
    transcript.push([name, await result]);
  };
  const provider = clientCredentials({
    tokenUrl: `${baseUrl}/realms/vdx/protocol/openid-connect/token`,
    clientId: 'demo-region-admin',
    clientSecret: 'demo-region-admin-secret',
    allowInsecureRequests: true,
  });
  const token = await provider.getAccessToken();
  transcript.push(['token', typeof token === 'string' && token.length > 0]);

  const admin = clientFor(baseUrl, 'demo-region-admin');
  const planner = clientFor(baseUrl, 'demo-centre-planner');
  const deviceView = (d: {
    name: string;
    organisationCode: string;
    kind: string;
    status: string;
    description?: string;
  }) => ({
    name: d.name,
    organisationCode: d.organisationCode,
    kind: d.kind,
    status: d.status,
    description: d.description ?? null,
  });

  await step(
    'list devices',
    record(
      () => admin.devices.list({ organisationCode: 'dept-emergency' }),
      (page) => page.items.map((d) => d.name),
    ),
  );
  const created = await admin.devices.create({
    name: 'Scenario kiosk',
    organisationCode: 'hospital-demo',
    kind: 'kiosk',
  });
  transcript.push(['create device', deviceView(created)]);
  await step(
    'get device',
    record(() => admin.devices.get(created.id), deviceView),
  );
  await step(
    'update device',
    record(() => admin.devices.update(created.id, { description: 'Entrance hall' }), deviceView),
  );

  for (const subject of ['First', 'Second', 'Third']) {
    await step(
      `enqueue ${subject}`,
      record(
        () => admin.queues.meetings.push(created.id, { subject, ...MEETING_TIMES }),
        (m) => m.subject,
      ),
    );
  }
  for (const attempt of [1, 2, 3, 4]) {
    await step(
      `take meeting ${attempt}`,
      record(
        () => admin.queues.meetings.next(created.id),
        (m) => m?.subject ?? 'empty (204)',
      ),
    );
  }
  await step(
    'enqueue message',
    record(
      () => admin.queues.messages.push(created.id, { subject: 'Hello', body: 'Room ready' }),
      (m) => m.subject,
    ),
  );
  await step(
    'list messages',
    record(
      () => admin.queues.messages.list(created.id),
      (page) => page.items.map((m) => m.body),
    ),
  );
  await step(
    'take message',
    record(
      () => admin.queues.messages.next(created.id),
      (m) => m?.body,
    ),
  );

  await step(
    'get unknown device',
    record(() => admin.devices.get(UNKNOWN_DEVICE), deviceView),
  );
  await step(
    'get device outside subtree',
    record(() => admin.devices.get(CENTRE_KIOSK), deviceView),
  );
  await step(
    'list devices without role',
    record(
      () => planner.devices.list(),
      (page) => page.items.length,
    ),
  );
  await step(
    'delete device',
    record(
      () => admin.devices.delete(created.id),
      () => 'deleted',
    ),
  );
  await step(
    'get deleted device',
    record(() => admin.devices.get(created.id), deviceView),
  );
  return transcript;
}

it('reference server and mock give the same transcript', async () => {
  const server = await startServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
  let serverTranscript: Transcript;
  try {
    serverTranscript = await runScenario(server.url.replace(/\/+$/, ''));
  } finally {
    await server.close();
  }

  const mock = createVdxMock({ baseUrl: 'http://vdx.test' });
  const msw = setupServer(...mock.handlers);
  const checks: Promise<string | undefined>[] = [];
  msw.events.on('response:mocked', ({ request, response }) => {
    const operationId = findOperationId(request);
    if (operationId) checks.push(checkMockResponse(operationId, response));
  });
  msw.listen({ onUnhandledRequest: 'error' });
  let mockTranscript: Transcript;
  try {
    mockTranscript = await runScenario('http://vdx.test');
  } finally {
    msw.close();
  }

  expect(mockTranscript).toEqual(serverTranscript);
  expect((await Promise.all(checks)).filter(Boolean)).toEqual([]);
  expect(Object.fromEntries(serverTranscript)).toMatchObject({
    'take meeting 1': { ok: 'First' },
    'take meeting 2': { ok: 'Second' },
    'take meeting 3': { ok: 'Third' },
    'take meeting 4': { ok: 'empty (204)' },
    'get unknown device': { status: 404, code: 4001 },
    'get device outside subtree': { status: 404, code: 4001 },
    'list devices without role': { status: 403, code: 3001 },
    'get deleted device': { status: 404, code: 4001 },
  });
});
