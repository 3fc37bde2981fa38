// The cross-sector scenario through the SDK: a municipality finds a supplier, a state agency, a
// user and a device in the VDX directory, creates a meeting with them and a citizen, moves it,
// and changes the participant list. Then the supplier's and the agency's systems find the
// meeting with AppointmentSearch and read the changes from their appointment logs.
import { clientCredentials, createVdxClient } from '@vdx/sdk';

const SUBJECT = 'Koordinerende møde om hjemmeplejeforløb';

/**
 * Runs the scenario against a VDX API at `baseUrl` whose realm is `issuer`.
 * @param {{ baseUrl: string, issuer: string }} target
 */
export async function runMunicipalityScenario({ baseUrl, issuer }) {
  const kommune = demoClient(baseUrl, issuer, 'demo-kommune-admin');
  console.log('\n# Cross-sector meeting, as demo-kommune-admin (meeting-planner in Demo Kommune)');
  const invitees = await findInvitees(kommune);
  const meeting = await planMeeting(kommune, invitees);

  for (const clientId of ['demo-supplier', 'demo-agency']) {
    const client = demoClient(baseUrl, issuer, clientId);
    const organisation = clientId === 'demo-supplier' ? invitees.supplier : invitees.agency;
    console.log(`\n# As ${clientId} (meeting-user in ${organisation.name})`);
    await showAppointments(client, organisation.code, meeting.uuid);
    await showLog(client);
  }
}

function demoClient(baseUrl, issuer, clientId) {
  return createVdxClient({
    baseUrl,
    auth: clientCredentials({ issuer, clientId, clientSecret: `${clientId}-secret` }),
  });
}

/** Finds the organisations, the user and the device to invite with the directory searches. */
async function findInvitees(client) {
  const supplier = await findOne(client.directory.organisations({ name: 'supplier' }));
  console.log(`OrganisationSearch "supplier": ${supplier.name} (${supplier.code})`);
  const agency = await findOne(client.directory.organisations({ name: 'agency' }));
  console.log(`OrganisationSearch "agency": ${agency.name} (${agency.code})`);

  const user = await findOne(
    client.directory.users({ organisationName: 'agency', query: 'krogh' }),
  );
  console.log(
    `ParticipantSearch "krogh" in "agency": ${user.name} <${user.email}>, ${user.organisationName}`,
  );
  const device = await findOne(
    client.directory.devices({ organisationName: 'supplier', name: 'mødelokale' }),
  );
  console.log(
    `DeviceSearch "mødelokale" in "supplier": ${device.name} (${device.id}), ${device.organisationName}`,
  );
  return { supplier, agency, user, device };
}

async function findOne(pendingPage) {
  const page = await pendingPage;
  if (page.items.length !== 1) {
    throw new Error(`Expected one directory result, got ${page.items.length}.`);
  }
  return page.items[0];
}

/** Creates the meeting, moves it by an hour, adds a host and removes the citizen. */
async function planMeeting(client, { supplier, agency, user, device }) {
  const day = tomorrow();
  const meeting = await client.meetings.create({
    subject: SUBJECT,
    description: 'Care plan after discharge, with the supplier and the agency.',
    startTime: `${day}T10:00:00+01:00`,
    endTime: `${day}T10:45:00+01:00`,
    participants: [
      { type: 'ORGANISATION', externalId: supplier.code, role: 'GUEST' },
      { type: 'ORGANISATION', externalId: agency.code, role: 'GUEST' },
      { type: 'USER', externalId: user.email, role: 'GUEST' },
      { type: 'DEVICE', externalId: device.id, role: 'GUEST' },
      { type: 'CITIZEN', externalId: '+4512345678', name: 'Citizen Demo', role: 'GUEST' },
    ],
  });
  console.log(
    `Created "${meeting.subject}" (${meeting.uuid}), ${meeting.startTime} to ${meeting.endTime}, ${meeting.knownParticipants} participants`,
  );
  console.log(
    `  room ${meeting.uriWithDomain}, guest PIN ${meeting.guestPin}, ${meeting.shortLink}`,
  );

  const moved = await client.meetings.patch(meeting.uuid, {
    startTime: `${day}T11:00:00+01:00`,
    endTime: `${day}T11:45:00+01:00`,
  });
  console.log(`Moved the meeting to ${moved.startTime} - ${moved.endTime}`);

  const [host] = await client.meetings.participants.add(meeting.uuid, [
    { type: 'USER', externalId: 'lene.dahl@kommune-demo.example', role: 'HOST' },
  ]);
  console.log(`Added participant: ${host.type} ${host.externalId} as ${host.role}`);

  const participants = await client.meetings.participants.list(meeting.uuid);
  const citizen = participants.find((participant) => participant.type === 'CITIZEN');
  await client.meetings.participants.remove(meeting.uuid, citizen.uuid);
  console.log(`Removed participant: ${citizen.type} ${citizen.name}`);
  return moved;
}

/** Prints the meeting as the invited organisation's AppointmentSearch shows it. */
async function showAppointments(client, organisationCode, meetingUuid) {
  const page = await client.appointments.search({ organisationCode });
  console.log(`AppointmentSearch for ${organisationCode}: ${page.items.length} meeting(s)`);
  for (const appointment of page.items) {
    const hostPin = appointment.hostPin === undefined ? 'hidden' : appointment.hostPin;
    console.log(
      `  "${appointment.subject}" ${appointment.startTime} - ${appointment.endTime}, owner ${appointment.ownerOrganisationCode}`,
    );
    console.log(
      `  room ${appointment.uriWithDomain}, guest PIN ${appointment.guestPin}, host PIN ${hostPin}, ${appointment.participants.length} participants`,
    );
  }
  if (!page.items.some((appointment) => appointment.id === meetingUuid)) {
    throw new Error(
      `AppointmentSearch for ${organisationCode} did not list meeting ${meetingUuid}.`,
    );
  }
}

/** Takes and prints the client's appointment log, then shows that a second take is empty. */
async function showLog(client) {
  const batch = await client.appointments.log.take();
  console.log(`AppointmentLog: ${batch.items.length} notification(s)`);
  for (const entry of batch.items) {
    // Only `updated` names meeting fields; `participants-changed` always names `participants`.
    const fields = entry.change === 'updated' ? ` (${entry.changedFields.join(', ')})` : '';
    console.log(`  ${entry.change}${fields}`);
  }
  const again = await client.appointments.log.take();
  console.log(`AppointmentLog again: ${again.items.length} notification(s), all were read`);
}

/** Returns tomorrow's date as YYYY-MM-DD, so the meeting always lies in the future. */
function tomorrow() {
  return new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
