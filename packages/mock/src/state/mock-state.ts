/**
 * The in-memory state of one mock: the demo realm, devices, queues, tokens and idempotency keys.
 */
import type { QueuedMeeting, QueuedMessage } from '@vdx/sdk/types';
import { AppointmentLog, logChanges } from './appointment-log.js';
import { DeviceStore } from './device-store.js';
import { Directory } from './directory.js';
import { IdempotencyStore } from './idempotency-store.js';
import { type MeetingChange, MeetingStore } from './meeting-store.js';
import { QueueStore } from './queue-store.js';
import { TokenStore } from './token-store.js';
import { type WebhookEventType, WebhookStore } from './webhook-store.js';

/**
 * The state behind a mock's handlers. Tests may read it and change it directly, for example to
 * enqueue a meeting without a request.
 */
export class MockState {
  /** The clock that the mock reads for timestamps and token expiry. */
  readonly now: () => Date;
  /** The demo organisation tree and OAuth clients (not changed by the API). */
  readonly directory = new Directory();
  /** The registered devices, seeded from the demo devices. */
  readonly devices: DeviceStore;
  /** Each device's meeting queue. */
  readonly meetings: QueueStore<QueuedMeeting>;
  /** Each device's message queue. */
  readonly messages: QueueStore<QueuedMessage>;
  /** The VideoAPI meetings with their rooms and participants. */
  readonly videoMeetings: MeetingStore;
  /** Each OAuth client's unread AppointmentLog entries. */
  readonly appointmentLog = new AppointmentLog();
  /** The access and refresh tokens issued so far. */
  readonly tokens = new TokenStore();
  /** The responses remembered for `Idempotency-Key` replays. */
  readonly idempotency: IdempotencyStore;
  /** Each organisation's webhook and the delivery log of the events raised for webhooks. */
  readonly webhooks: WebhookStore;

  constructor(now: () => Date) {
    this.now = now;
    this.devices = new DeviceStore(now);
    this.meetings = new QueueStore(now);
    this.messages = new QueueStore(now);
    this.idempotency = new IdempotencyStore(now);
    this.webhooks = new WebhookStore(now);
    this.videoMeetings = new MeetingStore((change) => this.#recordMeetingChange(change));
  }

  /**
   * Restores the seed: the demo devices without passwords, empty queues, no login links, no
   * idempotency keys, no webhooks, an empty delivery log, no VideoAPI meetings and empty appointment logs. Issued tokens stay valid, so a client that cached one keeps working, but
   * the tokens of devices that no longer exist stop working.
   */
  reset(): void {
    this.devices.reset();
    this.meetings.reset();
    this.messages.reset();
    this.idempotency.reset();
    this.webhooks.reset();
    this.videoMeetings.reset();
    this.appointmentLog.reset();
  }

  /**
   * Raises one event of `type` for each webhook that receives events of `organisationCodes`:
   * each organisation's own webhook or that of its nearest ancestor with one. Organisations with
   * the same receiving webhook give it one event. Returns the ids of the events raised.
   */
  raiseWebhookEvent(
    organisationCodes: readonly string[],
    type: WebhookEventType,
    data: unknown,
  ): string[] {
    const receivers = this.#webhookReceivers(organisationCodes);
    return [...receivers].map((receiver) => this.webhooks.raise(receiver, type, data).body.id);
  }

  /** Returns the organisations whose webhooks receive events of `organisationCodes`. */
  #webhookReceivers(organisationCodes: readonly string[]): Set<string> {
    const parentOf = (code: string) => this.directory.getOrganisation(code)?.parentCode;
    const receivers = new Set<string>();
    for (const code of organisationCodes) {
      const receiver = this.webhooks.receiverOf(code, parentOf);
      if (receiver !== undefined) receivers.add(receiver);
    }
    return receivers;
  }

  /**
   * Returns the clients with a meeting role whose organisation is one of `organisationCodes` or
   * an ancestor of one, sorted by client id.
   */
  #involvedClients(organisationCodes: readonly string[]): string[] {
    const meetingRoles = ['meeting-user', 'meeting-planner', 'meeting-admin'];
    return this.directory
      .listClients()
      .filter((client) => client.roles.some((role) => meetingRoles.includes(role)))
      .filter((client) =>
        organisationCodes.some((code) => this.directory.isInSubtree(client.organisationCode, code)),
      )
      .map((client) => client.clientId)
      .sort();
  }

  /** Records a meeting change in the appointment logs and as webhook events. */
  #recordMeetingChange(change: MeetingChange): void {
    const before = this.#involvedClients(change.before);
    const after = this.#involvedClients(change.after);
    for (const [clientId, kind] of logChanges(change.kind, before, after)) {
      const withFields = kind === 'updated' || kind === 'participants-changed';
      this.appointmentLog.append(clientId, {
        appointmentId: change.meeting.uuid,
        change: kind,
        changedFields: withFields ? change.changedFields : [],
        occurredAt: change.occurredAt,
      });
    }
    this.#raiseAppointmentEvents(change);
  }

  /**
   * Raises the `appointment.*` webhook events of a meeting change. A webhook that received
   * events of the meeting before and after the change gets `appointment.updated`, one that
   * starts receiving gets `appointment.created`, and one that stops gets `appointment.deleted`.
   */
  #raiseAppointmentEvents(change: MeetingChange): void {
    const before = this.#webhookReceivers(change.before);
    const after = this.#webhookReceivers(change.after);
    const { meeting } = change;
    const common = {
      appointmentId: meeting.uuid,
      ownerOrganisationCode: meeting.ownerOrganisationCode,
    };
    const times = { startTime: meeting.startTime, endTime: meeting.endTime };
    for (const receiver of [...new Set([...before, ...after])].sort()) {
      if (change.kind === 'deleted') {
        this.webhooks.raise(receiver, 'appointment.deleted', { ...common, reason: 'deleted' });
      } else if (!before.has(receiver)) {
        this.webhooks.raise(receiver, 'appointment.created', { ...common, ...times });
      } else if (!after.has(receiver)) {
        this.webhooks.raise(receiver, 'appointment.deleted', { ...common, reason: 'uninvited' });
      } else {
        const kind = change.kind === 'participants' ? 'participants-changed' : 'updated';
        const data = { ...common, change: kind, changedFields: change.changedFields, ...times };
        this.webhooks.raise(receiver, 'appointment.updated', data);
      }
    }
  }
}
