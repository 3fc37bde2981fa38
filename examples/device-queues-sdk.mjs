// Device queues through the SDK. An administrator lists devices, registers a kiosk, generates its
// password and queues a meeting and a message for it. Then the kiosk logs in with its own
// credentials and takes both items from its queues, oldest first.
import { clientCredentials, createVdxClient, deviceCredentials } from '@vdx/sdk';

/**
 * Runs the scenario against a VDX API at `baseUrl` whose realm is `issuer`.
 * @param {{ baseUrl: string, issuer: string }} target
 */
export async function runSdkScenario({ baseUrl, issuer }) {
  console.log('\n# Through the SDK, as demo-region-admin (device-admin in Region Demo)');
  const admin = createVdxClient({
    baseUrl,
    auth: clientCredentials({
      issuer,
      clientId: 'demo-region-admin',
      clientSecret: process.env.VDX_DEMO_SECRET ?? 'demo-region-admin-secret',
    }),
  });

  const page = await admin.devices.list({ limit: 10 });
  console.log(`Devices visible to the region: ${page.items.length}`);
  for (const device of page.items) {
    console.log(`  ${device.name} (${device.kind}, ${device.organisationCode})`);
  }

  const kiosk = await admin.devices.create({
    name: 'Venteværelse kiosk (SDK demo)',
    organisationCode: 'dept-emergency',
    kind: 'kiosk',
    description: 'Created by the SDK demo',
  });
  console.log(`Registered ${kiosk.name}: id ${kiosk.id}, login id ${kiosk.loginId}`);

  const credentials = await admin.devices.resetPassword(kiosk.id);
  console.log('Generated a password for the kiosk (shown once, not printed here)');

  const start = new Date(Date.now() + 60 * 60 * 1000);
  const end = new Date(start.getTime() + 30 * 60 * 1000);
  const meeting = await admin.queues.meetings.push(kiosk.id, {
    subject: 'Video consultation, ward 3',
    startTime: start.toISOString(),
    endTime: end.toISOString(),
    uriWithDomain: '1234567@video.vdx.test',
    guestPin: '482913',
  });
  console.log(`Queued meeting "${meeting.subject}" (${meeting.id})`);
  const message = await admin.queues.messages.push(kiosk.id, {
    subject: 'Room change',
    body: "Today's consultations move to room A-016.",
  });
  console.log(`Queued message "${message.subject}" (${message.id})`);

  console.log(`\n# Through the SDK, as the kiosk (logged in as ${credentials.loginId})`);
  const device = createVdxClient({
    baseUrl,
    auth: deviceCredentials({
      baseUrl,
      loginId: credentials.loginId,
      password: credentials.password,
    }),
  });
  const nextMeeting = await device.queues.meetings.next(kiosk.id);
  console.log(
    `Took meeting: ${nextMeeting?.subject} at ${nextMeeting?.startTime}, room ${nextMeeting?.uriWithDomain}`,
  );
  const nextMessage = await device.queues.messages.next(kiosk.id);
  console.log(`Took message: ${nextMessage?.subject}: ${nextMessage?.body}`);
  const empty = await device.queues.meetings.next(kiosk.id);
  console.log(`Meeting queue now: ${empty === undefined ? 'empty' : 'not empty (unexpected)'}`);
  if (nextMeeting?.id !== meeting.id || nextMessage?.id !== message.id || empty !== undefined) {
    throw new Error('The kiosk did not receive exactly the queued meeting and message.');
  }
}
