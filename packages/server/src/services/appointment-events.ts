import type { MeetingChange, MeetingChangeListener } from '../store/meeting-store.js';
import type { NewWebhookEvent, WebhookStore } from '../store/webhook-store.js';
import { buildEvent, type WebhookEventData } from './webhook-service.js';

/**
 * Writes the `appointment.*` webhook events of each meeting change into the webhook outbox,
 * inside the change's transaction, so a committed change always has its events and a
 * rolled-back one has none.
 *
 * Receivers are compared as webhooks, not as organisations: a webhook that received events of
 * the meeting before the change and still does gets `appointment.updated`, one that starts
 * receiving gets `appointment.created`, and one that stops gets `appointment.deleted`. So every
 * receiving webhook gets one event per change, even when several involved organisations share
 * it. Events of one meeting share the order key `appointment:<uuid>`.
 */
export class AppointmentEventWriter implements MeetingChangeListener {
  constructor(
    private readonly store: WebhookStore,
    /** Wakes the delivery worker once the events are committed. */
    private readonly notifyCommitted: () => void,
  ) {}

  inTransaction(change: MeetingChange): void {
    this.store.transaction((transaction) => {
      const before = transaction.receiversOf(change.before);
      const after = transaction.receiversOf(change.after);
      transaction.insertEvents(appointmentEvents(change, before, after));
    });
  }

  afterCommit(): void {
    this.notifyCommitted();
  }
}

/**
 * Builds one event for each webhook that received events of the meeting before the change
 * (`before`) or receives them after it (`after`).
 */
export function appointmentEvents(
  change: MeetingChange,
  before: readonly string[],
  after: readonly string[],
): NewWebhookEvent[] {
  const orderKey = `appointment:${change.meetingUuid}`;
  const wasReceiving = new Set(before);
  const isReceiving = new Set(after);
  const receivers = [...new Set([...before, ...after])].sort();
  return receivers.map((receiver) => {
    const at = change.occurredAt;
    if (change.kind === 'deleted') {
      return buildEvent(receiver, 'appointment.deleted', deleted(change, 'deleted'), orderKey, at);
    }
    if (!wasReceiving.has(receiver)) {
      return buildEvent(receiver, 'appointment.created', created(change), orderKey, at);
    }
    if (!isReceiving.has(receiver)) {
      const data = deleted(change, 'uninvited');
      return buildEvent(receiver, 'appointment.deleted', data, orderKey, at);
    }
    return buildEvent(receiver, 'appointment.updated', updated(change), orderKey, at);
  });
}

function created(change: MeetingChange): WebhookEventData['appointment.created'] {
  return {
    appointmentId: change.meetingUuid,
    ownerOrganisationCode: change.ownerOrganisationCode,
    startTime: change.startTime,
    endTime: change.endTime,
  };
}

function updated(change: MeetingChange): WebhookEventData['appointment.updated'] {
  return {
    appointmentId: change.meetingUuid,
    ownerOrganisationCode: change.ownerOrganisationCode,
    change: change.kind === 'participants' ? 'participants-changed' : 'updated',
    changedFields: [...change.changedFields],
    startTime: change.startTime,
    endTime: change.endTime,
  };
}

function deleted(
  change: MeetingChange,
  reason: WebhookEventData['appointment.deleted']['reason'],
): WebhookEventData['appointment.deleted'] {
  return {
    appointmentId: change.meetingUuid,
    ownerOrganisationCode: change.ownerOrganisationCode,
    reason,
  };
}
