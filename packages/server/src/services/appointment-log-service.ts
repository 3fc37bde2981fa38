import type { components } from '@vdx/sdk/types';
import type { MeetingStore } from '../store/meeting-store.js';
import type { Principal } from './principal.js';

/** Default and maximum number of entries one take returns, as the spec's `limit` declares. */
const DEFAULT_LOG_LIMIT = 1000;

/**
 * The AppointmentLog: each OAuth client's notifications about the meetings its subtree takes
 * part in, consumed on read. The store writes the entries together with each change.
 */
export class AppointmentLogService {
  constructor(private readonly meetings: MeetingStore) {}

  /** Takes the calling client's oldest unread entries, at most `limit`, and marks them read. */
  async take(
    principal: Principal,
    limit: number = DEFAULT_LOG_LIMIT,
  ): Promise<components['schemas']['AppointmentLogBatch']> {
    const { entries, hasMore } = await this.meetings.takeAppointmentLog(
      principal.clientId,
      limit,
      Date.now(),
    );
    return {
      items: entries.map((entry) => ({
        id: entry.id,
        appointmentId: entry.appointmentId,
        change: entry.change,
        changedFields: entry.changedFields,
        occurredAt: entry.occurredAt,
      })),
      hasMore,
    };
  }
}
