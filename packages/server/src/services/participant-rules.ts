import { randomUUID } from 'node:crypto';
import type { components } from '@vdx/sdk/types';
import { ApiError } from '../errors.js';
import type { MeetingStore, NewParticipant, ParticipantRole } from '../store/meeting-store.js';
import type { Store } from '../store/store.js';
import type { OrganisationDirectory } from './organisation-directory.js';

/** A participant as a request sends it. */
export type ParticipantCreate = components['schemas']['ParticipantCreate'];

/** A citizen's phone number in E.164 form, such as `+4512345678`. */
const E164_PHONE = /^\+[1-9][0-9]{6,14}$/;

/** A plain e-mail address check; the directory contains the real users. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Resolves the participants of a request to stored participants, checking each against VDX and
 * the rules of the spec's `ParticipantCreate`.
 */
export class ParticipantRules {
  constructor(
    private readonly store: Store,
    private readonly meetings: MeetingStore,
    private readonly directory: OrganisationDirectory,
  ) {}

  /**
   * Resolves every participant, in order, for a meeting owned by `ownerCode`.
   *
   * `pointer` is the JSON pointer of the list in the request body (`/participants` or ``), so
   * that errors name the failing entry.
   *
   * @throws {ApiError} 1001 for a field that breaks a rule, 4004 for an unknown organisation,
   *   user or device, 3003 for a role or device that may not be invited, 5003 for an entry that
   *   appears twice in the request.
   */
  async resolveAll(
    participants: readonly ParticipantCreate[],
    ownerCode: string,
    pointer: string,
  ): Promise<NewParticipant[]> {
    const resolved: NewParticipant[] = [];
    const seen = new Set<string>();
    for (const [index, participant] of participants.entries()) {
      const at = `${pointer}/${index}`;
      const next = await this.#resolve(participant, ownerCode, at);
      const key = `${next.type} ${next.externalId}`;
      if (seen.has(key)) {
        throw new ApiError(
          5003,
          `${at}: ${next.type} ${next.externalId} appears more than once in the request. Send each participant once.`,
        );
      }
      seen.add(key);
      resolved.push(next);
    }
    return resolved;
  }

  /**
   * Checks that a participant of `organisationCode` (null for a citizen) may have `role` in a
   * meeting owned by `ownerCode`.
   *
   * @throws {ApiError} 3003 for `HOST` on a citizen or outside the owner's subtree.
   */
  checkRole(
    type: NewParticipant['type'],
    externalId: string,
    organisationCode: string | null,
    role: ParticipantRole,
    ownerCode: string,
    pointer: string,
  ): void {
    if (role !== 'HOST') return;
    if (type === 'CITIZEN' || organisationCode === null) {
      throw new ApiError(3003, `${pointer}: a CITIZEN can only be invited as GUEST.`);
    }
    if (!this.directory.isWithin(organisationCode, ownerCode)) {
      const who =
        type === 'ORGANISATION' ? externalId : `${type} ${externalId} of ${organisationCode}`;
      throw new ApiError(
        3003,
        `${pointer}: ${who} is outside the owner organisation's subtree and can only be invited as GUEST.`,
      );
    }
  }

  async #resolve(
    participant: ParticipantCreate,
    ownerCode: string,
    at: string,
  ): Promise<NewParticipant> {
    if (participant.type !== 'CITIZEN' && participant.name !== undefined) {
      throw new ApiError(1001, `${at}/name: is only allowed for CITIZEN participants.`);
    }
    const { externalId, organisationCode } = await this.#identify(participant, at);
    if (participant.organisation !== undefined && participant.organisation !== organisationCode) {
      const expected = organisationCode ?? 'no organisation';
      throw new ApiError(
        1001,
        `${at}/organisation: ${participant.organisation} does not match the participant's organisation (${expected}). Leave organisation out; the server derives it.`,
      );
    }
    this.checkRole(
      participant.type,
      externalId,
      organisationCode,
      participant.role,
      ownerCode,
      `${at}/role`,
    );
    return {
      uuid: randomUUID(),
      type: participant.type,
      externalId,
      organisationCode,
      role: participant.role,
      name: participant.name ?? null,
    };
  }

  /** Finds the participant in VDX and returns its stored id and organisation. */
  async #identify(
    participant: ParticipantCreate,
    at: string,
  ): Promise<{ externalId: string; organisationCode: string | null }> {
    const externalId = participant.externalId;
    switch (participant.type) {
      case 'ORGANISATION': {
        if (!this.directory.get(externalId)) {
          throw new ApiError(
            4004,
            `${at}/externalId: no ORGANISATION with code ${externalId} exists in VDX. Find organisations with GET /appointments/v1/directory/organisations.`,
          );
        }
        return { externalId, organisationCode: externalId };
      }
      case 'USER': {
        const user = await this.meetings.getUser(externalId);
        if (!user) {
          throw new ApiError(
            4004,
            `${at}/externalId: no USER with e-mail ${externalId} exists in VDX. Find users with GET /appointments/v1/directory/users.`,
          );
        }
        return { externalId: user.email.toLowerCase(), organisationCode: user.organisationCode };
      }
      case 'DEVICE':
        return this.#identifyDevice(externalId.toLowerCase(), at);
      case 'CITIZEN':
        return { externalId: await this.#citizenContact(externalId, at), organisationCode: null };
    }
  }

  async #identifyDevice(
    deviceId: string,
    at: string,
  ): Promise<{ externalId: string; organisationCode: string }> {
    const device = await this.store.getDevice(deviceId);
    if (!device) {
      throw new ApiError(
        4004,
        `${at}/externalId: no DEVICE with id ${deviceId} exists in VDX. Find devices with GET /appointments/v1/directory/devices.`,
      );
    }
    if (device.status !== 'active') {
      throw new ApiError(
        3003,
        `${at}/externalId: device ${deviceId} is disabled and cannot be invited. Enable it or invite another device.`,
      );
    }
    return { externalId: device.id, organisationCode: device.organisationCode };
  }

  /** Returns the citizen's e-mail (lower-cased) or phone number. */
  async #citizenContact(contact: string, at: string): Promise<string> {
    if (E164_PHONE.test(contact)) return contact;
    if (!EMAIL.test(contact)) {
      throw new ApiError(
        1001,
        `${at}/externalId: "${contact}" is neither an e-mail address nor a phone number in E.164 form such as +4512345678.`,
      );
    }
    if (await this.meetings.getUser(contact)) {
      throw new ApiError(
        1001,
        `${at}/externalId: ${contact} is a VDX user, not a citizen. Invite it with type USER.`,
      );
    }
    return contact.toLowerCase();
  }
}
