/**
 * Runs `@vdx/sdk` in a browser against `@vdx/mock`: MSW's service worker responds to every
 * request to `http://vdx.test`. The page records its progress for a test to read. On `<body>`,
 * `data-worker` becomes `started` when the worker controls the page, and `data-status` becomes
 * `finished` or `failed` when the scenario ends. `#result` contains the result as JSON.
 */
import { handlers } from '@vdx/mock';
import { clientCredentials, createVdxClient } from '@vdx/sdk';
import { setupWorker } from 'msw/browser';

// The demo device "Akutmodtagelse videorum 1" in dept-emergency.
const DEVICE_ID = '0f5e2c1a-7b3d-4e8f-9a01-000000000001';

/** The result of the scenario, as written to `#result`. */
interface ScenarioResult {
  deviceNames: string[];
  poppedSubject: string | undefined;
  queueEmptyAfterPop: boolean;
}

async function runScenario(): Promise<ScenarioResult> {
  const vdx = createVdxClient({
    baseUrl: 'http://vdx.test',
    auth: clientCredentials({
      tokenUrl: 'http://vdx.test/realms/vdx/protocol/openid-connect/token',
      clientId: 'demo-region-admin',
      clientSecret: 'demo-region-admin-secret',
      // The SDK allows plain http only for loopback hosts, and vdx.test is not one.
      allowInsecureRequests: true,
    }),
  });

  const page = await vdx.devices.list({ organisationCode: 'dept-emergency' });
  await vdx.queues.meetings.push(DEVICE_ID, {
    subject: 'Video consultation',
    startTime: '2026-12-07T10:00:00+01:00',
    endTime: '2026-12-07T10:30:00+01:00',
  });
  const meeting = await vdx.queues.meetings.next(DEVICE_ID);
  const empty = (await vdx.queues.meetings.next(DEVICE_ID)) === undefined;

  return {
    deviceNames: page.items.map((device) => device.name),
    poppedSubject: meeting?.subject,
    queueEmptyAfterPop: empty,
  };
}

async function main(): Promise<void> {
  const output = document.querySelector('#result');
  try {
    const worker = setupWorker(...handlers);
    await worker.start({ onUnhandledRequest: 'error', quiet: true });
    document.body.dataset.worker = 'started';

    const result = await runScenario();
    if (output) output.textContent = JSON.stringify(result, null, 2);
    document.body.dataset.status = 'finished';
  } catch (error) {
    if (output) output.textContent = error instanceof Error ? error.message : String(error);
    document.body.dataset.status = 'failed';
  }
}

void main();
