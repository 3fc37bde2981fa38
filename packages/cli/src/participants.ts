import { Flags } from '@oclif/core';
import type { ParticipantCreate, ParticipantType } from '@vdx/sdk';
import { cliError, ExitCode } from './errors.js';

const repeatable = { multiple: true, multipleNonGreedy: true } as const;

/** The flags that list participants to invite, shared by `create` and `participants add`. */
export const participantFlags = {
  'organisation-participant': Flags.string({
    description:
      'Code of an organisation to invite, for example supplier-demo (find codes with `vdx orgs search`). Repeat the flag for more.',
    ...repeatable,
  }),
  'user-participant': Flags.string({
    description:
      'E-mail of a VDX user to invite (find users with `vdx users search`). Repeat the flag for more.',
    ...repeatable,
  }),
  'device-participant': Flags.string({
    description:
      'Id of a device to invite (find devices with `vdx devices search`). Repeat the flag for more.',
    ...repeatable,
  }),
  citizen: Flags.string({
    description:
      'A citizen to invite, as "Name <e-mail or phone>" or just the e-mail or phone number in E.164 form such as +4512345678. Repeat the flag for more.',
    ...repeatable,
  }),
  host: Flags.string({
    description:
      'Invite the participant with this organisation code, e-mail or device id as HOST instead of GUEST. It must also be given with one of the participant flags. Repeat the flag for more.',
    ...repeatable,
  }),
};

/** The values of {@link participantFlags} after parsing. */
export interface ParticipantFlagValues {
  'organisation-participant'?: string[];
  'user-participant'?: string[];
  'device-participant'?: string[];
  citizen?: string[];
  host?: string[];
}

/**
 * Builds the participant list from the participant flags, in the order organisations, users,
 * devices, citizens. Every participant is a GUEST unless `--host` names its external id.
 *
 * @throws CLIError (exit 2) for a malformed `--citizen` or a `--host` that names no participant.
 */
export function participantsFromFlags(flags: ParticipantFlagValues): ParticipantCreate[] {
  const participants: ParticipantCreate[] = [
    ...invitees('ORGANISATION', flags['organisation-participant']),
    ...invitees('USER', flags['user-participant']),
    ...invitees('DEVICE', flags['device-participant']),
    ...(flags.citizen ?? []).map(parseCitizen),
  ];

  for (const host of flags.host ?? []) {
    const matches = participants.filter((participant) => namesParticipant(host, participant));
    if (matches.length === 0) {
      throw cliError(
        `Invalid --host "${host}": no participant flag names it. Give it with --organisation-participant, --user-participant or --device-participant as well.`,
        ExitCode.Usage,
      );
    }
    for (const participant of matches) participant.role = 'HOST';
  }
  return participants;
}

/**
 * Parses `--citizen "Name <contact>"` or `--citizen contact` into a CITIZEN participant.
 *
 * @throws CLIError (exit 2) naming the value when the contact or the name is empty.
 */
export function parseCitizen(value: string): ParticipantCreate {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value);
  const name = match ? (match[1] ?? '').trim() : undefined;
  const contact = (match ? (match[2] ?? '') : value).trim();
  if (contact === '' || name === '') {
    throw cliError(
      `Invalid --citizen "${value}": expected "Name <e-mail or phone>" or the e-mail or phone alone, for example --citizen "Citizen Demo <+4512345678>".`,
      ExitCode.Usage,
    );
  }
  const participant: ParticipantCreate = { type: 'CITIZEN', externalId: contact, role: 'GUEST' };
  if (name !== undefined) participant.name = name;
  return participant;
}

function invitees(type: ParticipantType, externalIds: string[] | undefined): ParticipantCreate[] {
  return (externalIds ?? []).map((externalId) => ({ type, externalId, role: 'GUEST' }));
}

/** User e-mails compare without case, as the API compares them; codes and ids compare exactly. */
function namesParticipant(value: string, participant: ParticipantCreate): boolean {
  if (participant.type === 'USER') {
    return participant.externalId.toLowerCase() === value.toLowerCase();
  }
  return participant.externalId === value;
}
