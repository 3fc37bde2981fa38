import { ApiError } from '../errors.js';
import type { MeetingStore, ParticipantRole } from '../store/meeting-store.js';
import { type MeetingService, meetingNotFound } from './meeting-service.js';
import { type Participant, toParticipant } from './meeting-view.js';
import type { ParticipantCreate, ParticipantRules } from './participant-rules.js';
import type { Principal } from './principal.js';

/** The participants of VideoAPI meetings, managed by the owner organisation's subtree. */
export class ParticipantService {
  constructor(
    private readonly meetings: MeetingService,
    private readonly store: MeetingStore,
    private readonly rules: ParticipantRules,
  ) {}

  /** Lists a meeting's participants in the order they were added. */
  async list(principal: Principal, meetingUuid: string): Promise<Participant[]> {
    await this.meetings.findManaged(principal, meetingUuid);
    return (await this.store.listParticipants(meetingUuid)).map(toParticipant);
  }

  /**
   * Adds participants, all or none, and returns them in the order of the request.
   *
   * @throws {ApiError} 4004, 3003 or 1001 for an entry that breaks a rule, 5003 for one already
   *   on the meeting or sent twice.
   */
  async add(
    principal: Principal,
    meetingUuid: string,
    body: readonly ParticipantCreate[],
  ): Promise<Participant[]> {
    const { meeting, caller } = await this.meetings.findManaged(principal, meetingUuid);
    const resolved = await this.rules.resolveAll(body, meeting.ownerOrganisationCode, '');
    const result = await this.store.addParticipants(
      meetingUuid,
      resolved,
      this.meetings.touch(caller),
    );
    if (result.outcome === 'meeting-not-found') throw meetingNotFound(meetingUuid);
    if (result.outcome === 'duplicate') {
      const duplicate = resolved[result.index];
      throw new ApiError(
        5003,
        `/${result.index}: ${duplicate?.type} ${duplicate?.externalId} is already a participant of meeting ${meetingUuid}. Change its role with PUT instead.`,
      );
    }
    return result.participants.map(toParticipant);
  }

  /**
   * Sets a participant's role.
   *
   * @throws {ApiError} 4001 for a participant not on the meeting, 3003 for a `HOST` that may not
   *   be one.
   */
  async updateRole(
    principal: Principal,
    meetingUuid: string,
    participantUuid: string,
    role: ParticipantRole,
  ): Promise<Participant> {
    const { meeting, caller } = await this.meetings.findManaged(principal, meetingUuid);
    const participants = await this.store.listParticipants(meetingUuid);
    const participant = participants.find((p) => p.uuid === participantUuid);
    if (!participant) throw participantNotFound(meetingUuid, participantUuid);
    this.rules.checkRole(
      participant.type,
      participant.externalId,
      participant.organisationCode,
      role,
      meeting.ownerOrganisationCode,
      '/role',
    );
    const updated = await this.store.updateParticipantRole(
      meetingUuid,
      participantUuid,
      role,
      this.meetings.touch(caller),
    );
    if (!updated) throw participantNotFound(meetingUuid, participantUuid);
    return toParticipant(updated);
  }

  /** Removes a participant from a meeting. */
  async remove(principal: Principal, meetingUuid: string, participantUuid: string): Promise<void> {
    const { caller } = await this.meetings.findManaged(principal, meetingUuid);
    const removed = await this.store.removeParticipant(
      meetingUuid,
      participantUuid,
      this.meetings.touch(caller),
    );
    if (!removed) throw participantNotFound(meetingUuid, participantUuid);
  }
}

function participantNotFound(meetingUuid: string, participantUuid: string): ApiError {
  return new ApiError(4001, `Participant ${participantUuid} not found in meeting ${meetingUuid}.`);
}
