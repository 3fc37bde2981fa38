import type { VideoApiInfo } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatDetails } from '../../output/table.js';

export default class MeetingsInfo extends ApiCommand {
  static operationIds = ['getVideoApiInfo'];

  static override summary = "Show the VideoAPI's service name and version.";

  static override description =
    'Reads the key-value service information of the VideoAPI. It is a cheap first call that ' +
    'checks that the API responds and accepts the token of a meeting-user, meeting-planner or ' +
    'meeting-admin client. Each value field prints as KEY.FIELD; under --json it prints the ' +
    'API object {"info": [{"key", "value"}, ...]}.';

  static override examples = [
    { description: 'Check the VideoAPI and your token.', command: 'vdx meetings info' },
    { description: 'Print the service information as JSON.', command: 'vdx meetings info --json' },
  ];

  async run(): Promise<VideoApiInfo> {
    const { flags } = await this.parse(MeetingsInfo);
    const client = await this.clientForProfile(flags);
    const info = await client.meetings.info();
    this.log(formatDetails(infoPairs(info)));
    return info;
  }
}

/** Flattens each entry to `key.field` pairs. A nested object or array value prints as JSON. */
function infoPairs(info: VideoApiInfo): Array<[string, string]> {
  return info.info.flatMap(({ key, value }): Array<[string, string]> => {
    const fields = Object.entries(value);
    if (fields.length === 0) return [[key, '{}']];
    return fields.map(([field, fieldValue]) => [`${key}.${field}`, formatValue(fieldValue)]);
  });
}

function formatValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
