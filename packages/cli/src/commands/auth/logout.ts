import { Flags } from '@oclif/core';
import { VdxCommand } from '../../base-command.js';

/** The output of `vdx auth logout --json`. */
export interface LogoutResult {
  removed: string[];
}

export default class AuthLogout extends VdxCommand {
  /** Empty, because logging out only edits the local profile and credentials files. */
  static operationIds: string[] = [];

  static override summary = 'Remove a stored profile with its client secret and cached token.';

  static override description =
    'Deletes the profile from config.json and its secret and cached token from ' +
    'credentials.json. Logging out of a profile that is not stored is not an error. ' +
    'Environment variables are not affected.';

  static override examples = [
    { description: 'Remove the default profile.', command: 'vdx auth logout' },
    { description: 'Remove the profile "stage".', command: 'vdx auth logout --profile stage' },
    { description: 'Remove every stored profile.', command: 'vdx auth logout --all' },
  ];

  static override flags = {
    all: Flags.boolean({ description: 'Remove every stored profile and secret.' }),
  };

  async run(): Promise<LogoutResult> {
    const { flags } = await this.parse(AuthLogout);
    const store = await this.store();
    const names = flags.all
      ? [...new Set([...store.profileNames(), ...store.credentialNames()])].sort()
      : [flags.profile];

    const removed: string[] = [];
    for (const name of names) {
      const hadProfile = store.deleteProfile(name);
      const hadCredentials = store.deleteCredentials(name);
      if (hadProfile || hadCredentials) removed.push(name);
    }

    if (removed.length === 0) {
      this.log(flags.all ? 'No profiles are stored.' : `Profile "${flags.profile}" is not stored.`);
    }
    for (const name of removed) {
      this.log(`Removed profile "${name}" with its client secret and cached token.`);
    }
    return { removed };
  }
}
