import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import { cliError, ExitCode } from '../errors.js';

/** The non-secret settings of one profile, stored in `config.json`. */
export interface StoredProfile {
  baseUrl: string;
  clientId: string;
  /** Set only when given at login. Without it the issuer is `<baseUrl>/realms/vdx`. */
  issuer?: string;
  /** An explicit token endpoint, used instead of OpenID discovery. */
  tokenUrl?: string;
}

/** An access token cached until shortly before it expires. */
export interface CachedToken {
  accessToken: string;
  /** RFC 3339 time at which the token expires. */
  expiresAt: string;
  /** Hash of the client id, token endpoint and secret the token was issued for. */
  identity: string;
}

/** The secret part of one profile, stored in `credentials.json` with mode 0600. */
export interface StoredCredentials {
  clientSecret: string;
  token?: CachedToken;
}

interface ProfilesFile extends Record<string, unknown> {
  profiles?: Record<string, StoredProfile>;
}

interface CredentialsFile extends Record<string, unknown> {
  credentials?: Record<string, StoredCredentials>;
}

/** File mode of both files: readable and writable by the owner only. */
export const CONFIG_FILE_MODE = 0o600;

/**
 * Profiles and credentials of the `vdx` command.
 *
 * The directory is `VDX_CONFIG_DIR` when set, otherwise conf's default for the project name
 * `vdx` (on Linux `~/.config/vdx-nodejs`). Profiles go to `config.json`, client secrets and
 * cached tokens to `credentials.json`; conf writes both atomically with mode 0600.
 */
export class ConfigStore {
  readonly #profiles: Conf<ProfilesFile>;
  readonly #credentials: Conf<CredentialsFile>;

  private constructor(profiles: Conf<ProfilesFile>, credentials: Conf<CredentialsFile>) {
    this.#profiles = profiles;
    this.#credentials = credentials;
  }

  /**
   * Opens the store, loading `conf` on first use.
   *
   * @throws CLIError (exit 1) when a file exists but is not valid JSON.
   */
  static async open(): Promise<ConfigStore> {
    const { default: ConfClass } = await import('conf');
    const cwd = process.env.VDX_CONFIG_DIR || undefined;
    const open = <T extends Record<string, unknown>>(configName: string): Conf<T> => {
      try {
        return new ConfClass<T>({
          projectName: 'vdx',
          cwd,
          configName,
          configFileMode: CONFIG_FILE_MODE,
          accessPropertiesByDotNotation: false,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const file = cwd ? join(cwd, `${configName}.json`) : `the ${configName}.json file of vdx`;
        throw cliError(
          `Failed to read ${file}: ${reason}. ` +
            'Fix or delete the file, then run `vdx auth login` again.',
          ExitCode.Unexpected,
        );
      }
    };
    return new ConfigStore(open<ProfilesFile>('config'), open<CredentialsFile>('credentials'));
  }

  /** Path of the file with the profiles. */
  get profilesPath(): string {
    return this.#profiles.path;
  }

  /** Path of the file with the client secrets and cached tokens. */
  get credentialsPath(): string {
    return this.#credentials.path;
  }

  /** Returns the names of all stored profiles, sorted. */
  profileNames(): string[] {
    return Object.keys(this.#allProfiles()).sort();
  }

  /** Returns the stored profile, or undefined when it does not exist. */
  getProfile(name: string): StoredProfile | undefined {
    return this.#allProfiles()[name];
  }

  /** Stores the profile, replacing an existing one of the same name. */
  setProfile(name: string, profile: StoredProfile): void {
    this.#profiles.set('profiles', { ...this.#allProfiles(), [name]: profile });
  }

  /** Removes the profile. Returns whether it existed. */
  deleteProfile(name: string): boolean {
    const profiles = this.#allProfiles();
    if (!(name in profiles)) return false;
    delete profiles[name];
    this.#profiles.set('profiles', profiles);
    return true;
  }

  /** Returns the names of the profiles that have a stored secret, sorted. */
  credentialNames(): string[] {
    return Object.keys(this.#allCredentials()).sort();
  }

  /** Returns the stored secret and cached token of the profile, if any. */
  getCredentials(name: string): StoredCredentials | undefined {
    return this.#allCredentials()[name];
  }

  /** Stores the secret and cached token of the profile. */
  setCredentials(name: string, credentials: StoredCredentials): void {
    this.#credentials.set('credentials', { ...this.#allCredentials(), [name]: credentials });
    this.#restrictCredentialsMode();
  }

  /** Removes the secret and cached token of the profile. Returns whether they existed. */
  deleteCredentials(name: string): boolean {
    const credentials = this.#allCredentials();
    if (!(name in credentials)) return false;
    delete credentials[name];
    this.#credentials.set('credentials', credentials);
    this.#restrictCredentialsMode();
    return true;
  }

  #allProfiles(): Record<string, StoredProfile> {
    return { ...(this.#profiles.get('profiles') ?? {}) };
  }

  #allCredentials(): Record<string, StoredCredentials> {
    return { ...(this.#credentials.get('credentials') ?? {}) };
  }

  /** Sets mode 0600 whatever conf's write and the umask left, because the file contains secrets. */
  #restrictCredentialsMode(): void {
    chmodSync(this.#credentials.path, CONFIG_FILE_MODE);
  }
}
