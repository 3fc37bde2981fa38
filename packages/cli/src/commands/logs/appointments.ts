import { Flags } from '@oclif/core';
import type { AppointmentLogBatch, VdxClient } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatLogEntry } from '../../appointments.js';
import { toTerminalText } from '../../output/terminal-text.js';

const DEFAULT_INTERVAL_SECONDS = 5;

export default class LogsAppointments extends ApiCommand {
  static operationIds = ['takeAppointmentLog'];

  static override summary = "Take your client's new appointment notifications.";

  static override description =
    'Each OAuth client has its own appointment log: one entry per change to a meeting that ' +
    'its organisation subtree takes part in (created, updated, participants-changed, ' +
    'uninvited, deleted). Reading the log marks the entries as read, so each entry is printed ' +
    'once. Without --follow the command takes the current entries once; under --json it ' +
    'prints the API batch {"items": [...], "hasMore": ...}. With --follow it keeps polling ' +
    'and prints each entry as it arrives until Ctrl+C (SIGINT) or SIGTERM, then exits 0; ' +
    'under --json it prints one JSON object per line.';

  static override examples = [
    { description: 'Take the new notifications once.', command: 'vdx logs appointments' },
    {
      description: 'Follow the log, polling every 10 seconds.',
      command: 'vdx logs appointments --follow --interval 10',
    },
    {
      description: 'Follow the log as JSON lines for another program.',
      command: 'vdx logs appointments --follow --json | my-importer',
    },
  ];

  static override flags = {
    follow: Flags.boolean({
      char: 'f',
      description: 'Keep polling and print each notification as it arrives, until interrupted.',
    }),
    interval: Flags.integer({
      description:
        'Seconds to wait between polls under --follow when nothing more is waiting (default 5).',
      min: 1,
      max: 3600,
      dependsOn: ['follow'],
    }),
    limit: Flags.integer({
      description: 'Maximum number of notifications per request (1-1000).',
      min: 1,
      max: 1000,
    }),
    'idempotency-key': Flags.string({
      description:
        'Idempotency-Key header: a repeat with the same key within 24 hours returns the same notifications again.',
      exclusive: ['follow'],
    }),
  };

  async run(): Promise<AppointmentLogBatch | undefined> {
    const { flags } = await this.parse(LogsAppointments);
    const client = await this.clientForProfile(flags);
    if (flags.follow) {
      await this.follow(client, (flags.interval ?? DEFAULT_INTERVAL_SECONDS) * 1000, flags.limit);
      return undefined;
    }

    const key = flags['idempotency-key'];
    const batch = await client.appointments.log.take({
      limit: flags.limit,
      ...(key ? { idempotencyKey: key } : {}),
    });
    this.printBatch(batch);
    return batch;
  }

  private printBatch(batch: AppointmentLogBatch): void {
    if (batch.items.length === 0) {
      this.log('No new appointment notifications.');
      return;
    }
    for (const entry of batch.items) this.log(formatLogEntry(entry));
    this.log('');
    const noun = batch.items.length === 1 ? 'notification' : 'notifications';
    this.log(`${batch.items.length} ${noun}, now marked as read.`);
    if (batch.hasMore) this.log('More notifications are waiting: run the command again.');
  }

  /** Prints entries as they arrive until SIGINT or SIGTERM. */
  private async follow(client: VdxClient, intervalMs: number, limit: number | undefined) {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const json = this.jsonEnabled();
    if (!json) {
      process.stderr.write('Following the appointment log. Press Ctrl+C to stop.\n');
    }

    try {
      const entries = client.appointments.log.poll({ intervalMs, limit, signal: stop.signal });
      for await (const entry of entries) {
        // Written directly, because this.log() prints nothing under --json.
        process.stdout.write(
          `${json ? JSON.stringify(entry) : toTerminalText(formatLogEntry(entry))}\n`,
        );
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}
