import { readFile } from 'node:fs/promises';
import { Args, Flags } from '@oclif/core';
import type { QueuedMeeting, QueuedMessage } from '@vdx/sdk';
import { cliError, ExitCode } from '../errors.js';
import { type Column, formatDetails, formatTable } from '../output/table.js';

/** The two queues of a device. */
export type QueueName = 'meetings' | 'messages';

/** An item of either queue. */
export type QueueItem = QueuedMeeting | QueuedMessage;

/** Singular and plural words for the items of a queue, for messages to the user. */
export const ITEM_WORDS: Record<QueueName, { one: string; many: string }> = {
  meetings: { one: 'meeting', many: 'meetings' },
  messages: { one: 'message', many: 'messages' },
};

/** The `<device>` argument of the queue commands. */
export const queueDeviceArg = Args.string({
  description: 'Id of the device that owns the queue (a UUID).',
  required: true,
});

/** The `--body-file` flag of the push commands. */
export const bodyFileFlag = (fieldFlags: string[]) =>
  Flags.string({
    description:
      'Read the whole JSON request body from this file, or from stdin when the value is -.',
    exclusive: fieldFlags,
  });

/** The `--idempotency-key` flag of the push and pop commands. */
export const idempotencyKeyFlag = Flags.string({
  description:
    'Idempotency-Key header: a repeat with the same key within 24 hours returns the first answer.',
});

/**
 * Reads a JSON object from a file, or from stdin for `-`.
 *
 * @throws CLIError (exit 2) when the file cannot be read or contains no JSON object.
 */
export async function readBodyFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw cliError(`Failed to read --body-file "${path}": ${reason}.`, ExitCode.Usage);
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw cliError(`Invalid JSON in --body-file "${path}": ${reason}.`, ExitCode.Usage);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw cliError(`Invalid --body-file "${path}": expected a JSON object.`, ExitCode.Usage);
  }
  return body as Record<string, unknown>;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Checks that the field flags a push command needs are present.
 *
 * @throws CLIError (exit 2) naming the missing flags and the --body-file alternative.
 */
export function requireFields(fields: Record<string, string | undefined>): void {
  const missing = Object.entries(fields)
    .filter(([, value]) => value === undefined)
    .map(([flag]) => `--${flag}`);
  if (missing.length === 0) return;
  throw cliError(
    `Missing ${missing.join(', ')}: pass ${missing.length === 1 ? 'it' : 'them'} or give the whole body with --body-file.`,
    ExitCode.Usage,
  );
}

/** Formats every field of a queue item, one per line. */
export function formatItem(queue: QueueName, item: QueueItem): string {
  return queue === 'meetings'
    ? formatMeeting(item as QueuedMeeting)
    : formatMessage(item as QueuedMessage);
}

/** Formats queue items as a table, one line each. */
export function formatItemTable(queue: QueueName, items: readonly QueueItem[]): string {
  return queue === 'meetings'
    ? formatTable(items as QueuedMeeting[], MEETING_COLUMNS)
    : formatTable(items as QueuedMessage[], MESSAGE_COLUMNS);
}

function formatMeeting(meeting: QueuedMeeting): string {
  return formatDetails([
    ['ID', meeting.id],
    ['Subject', meeting.subject],
    ['Description', meeting.description],
    ['Start', meeting.startTime],
    ['End', meeting.endTime],
    ['Room address', meeting.uriWithDomain],
    ['Guest PIN', meeting.guestPin],
    ['Host PIN', meeting.hostPin],
    ['Short link', meeting.shortLink],
    ['Portal link', meeting.portalLink],
    ['Meeting', meeting.meetingUuid],
    ['Device', meeting.deviceId],
    ['Enqueued', meeting.enqueuedTime],
  ]);
}

function formatMessage(message: QueuedMessage): string {
  return formatDetails([
    ['ID', message.id],
    ['Subject', message.subject],
    ['Body', message.body],
    ['Content', message.content === undefined ? undefined : JSON.stringify(message.content)],
    ['Device', message.deviceId],
    ['Enqueued', message.enqueuedTime],
  ]);
}

/** Maximum length of a message body in a table cell. Longer bodies are cut and end with "...". */
const MAX_BODY_CELL = 60;

const MEETING_COLUMNS: Column<QueuedMeeting>[] = [
  { header: 'ID', value: (meeting) => meeting.id },
  { header: 'SUBJECT', value: (meeting) => meeting.subject },
  { header: 'START', value: (meeting) => meeting.startTime },
  { header: 'END', value: (meeting) => meeting.endTime },
  { header: 'ENQUEUED', value: (meeting) => meeting.enqueuedTime },
];

const MESSAGE_COLUMNS: Column<QueuedMessage>[] = [
  { header: 'ID', value: (message) => message.id },
  { header: 'SUBJECT', value: (message) => message.subject },
  { header: 'ENQUEUED', value: (message) => message.enqueuedTime },
  { header: 'BODY', value: (message) => truncate(message.body, MAX_BODY_CELL) },
];

function truncate(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 3)}...`;
}
