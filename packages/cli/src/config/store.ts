import { homedir } from 'node:os';
import { join } from 'node:path';
import { cliError, ExitCode } from '../errors.js';
import { CONFIG_FILE_MODE, type JsonObject, readJsonObject, writeJsonObject } from './json-file.js';

export { CONFIG_FILE_MODE };

/** The non-secret settings of one profile, stored in `config.json`. */
export interface StoredProfile {
  baseUrl: string;
  clientId: string;
  /** Set only when given at login. Without it the issuer is `<baseUrl>/realms/vdx`. */
  issuer?: string;
  /** An explicit token endpoint, used instead of OpenID discovery. */
  tokenUrl?: string;
  /** The known environment the URLs came from, such as `local`; unset for custom URLs. */
  env?: string;
  /** Client authentication method at the token endpoint. Unset means `client_secret_basic`. */
  authMethod?: ClientAuthMethod;
  /** Space-separated scopes to request; unset means the realm's default scope. */
  scope?: string;
  /** The `audience` parameter of token requests. */
  audience?: string;
}

/** The client authentication methods at the token endpoint (RFC 6749 section 2.3.1). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

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

/** The directory name that `conf`, which wrote these files before, used for the project `vdx`. */
const DIRECTORY_NAME = 'vdx-nodejs';

/**
 * Profiles and credentials of the `vdx` command.
 *
 * The directory is `VDX_CONFIG_DIR` when set, otherwise the user's configuration directory plus
 * `vdx-nodejs` (on Linux `$XDG_CONFIG_HOME/vdx-nodejs`, by default `~/.config/vdx-nodejs`).
 * Profiles go to `config.json`, client secrets and cached tokens to `credentials.json`. Both are
 * written atomically with mode 0600, and a directory the store creates gets mode 0700.
 */
export class ConfigStore {
  readonly #profiles: JsonFile<StoredProfile>;
  readonly #credentials: JsonFile<StoredCredentials>;

  private constructor(directory: string) {
    this.#profiles = new JsonFile(join(directory, 'config.json'), 'profiles');
    this.#credentials = new JsonFile(join(directory, 'credentials.json'), 'credentials');
  }

  /**
   * Opens the store and reads both files.
   *
   * @throws CLIError (exit 1) when a file exists but cannot be read or is not a JSON object.
   */
  static async open(): Promise<ConfigStore> {
    const store = new ConfigStore(configDirectory());
    store.#profiles.load();
    store.#credentials.load();
    return store;
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
    return this.#profiles.names();
  }

  /** Returns the stored profile, or undefined when it does not exist. */
  getProfile(name: string): StoredProfile | undefined {
    return this.#profiles.get(name);
  }

  /** Stores the profile, replacing an existing one of the same name. */
  setProfile(name: string, profile: StoredProfile): void {
    this.#profiles.set(name, profile);
  }

  /** Removes the profile. Returns whether it existed. */
  deleteProfile(name: string): boolean {
    return this.#profiles.delete(name);
  }

  /** Returns the names of the profiles that have a stored secret, sorted. */
  credentialNames(): string[] {
    return this.#credentials.names();
  }

  /** Returns the stored secret and cached token of the profile, if any. */
  getCredentials(name: string): StoredCredentials | undefined {
    return this.#credentials.get(name);
  }

  /** Stores the secret and cached token of the profile. */
  setCredentials(name: string, credentials: StoredCredentials): void {
    this.#credentials.set(name, credentials);
  }

  /** Removes the secret and cached token of the profile. Returns whether they existed. */
  deleteCredentials(name: string): boolean {
    return this.#credentials.delete(name);
  }
}

/** Returns the directory of the stored files: VDX_CONFIG_DIR, else the platform's default. */
export function configDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VDX_CONFIG_DIR) return env.VDX_CONFIG_DIR;

  const home = homedir();
  if (process.platform === 'darwin') {
    return join(home, 'Library', 'Preferences', DIRECTORY_NAME);
  }
  if (process.platform === 'win32') {
    const appData = env.APPDATA || join(home, 'AppData', 'Roaming');
    return join(appData, DIRECTORY_NAME, 'Config');
  }
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), DIRECTORY_NAME);
}

/**
 * One stored file whose entries, keyed by profile name, sit under one top-level key, for
 * example `{"profiles": {"default": {...}}}`. Other top-level keys are kept as they are.
 */
class JsonFile<Entry> {
  readonly path: string;
  readonly #key: string;
  #content: JsonObject = {};

  constructor(path: string, key: string) {
    this.path = path;
    this.#key = key;
  }

  /** Reads the file; a missing file is empty. */
  load(): void {
    this.#content = this.#read();
  }

  names(): string[] {
    return Object.keys(this.#entries(this.#content)).sort();
  }

  get(name: string): Entry | undefined {
    const entries = this.#entries(this.#content);
    return Object.hasOwn(entries, name) ? entries[name] : undefined;
  }

  set(name: string, entry: Entry): void {
    this.#update((entries) => {
      entries[name] = entry;
    });
  }

  delete(name: string): boolean {
    if (!Object.hasOwn(this.#entries(this.#read()), name)) return false;
    this.#update((entries) => {
      delete entries[name];
    });
    return true;
  }

  /**
   * Applies `change` to the entries as they are on disk now, so that changes that another `vdx`
   * process wrote since `load` are kept.
   */
  #update(change: (entries: Record<string, Entry>) => void): void {
    const content = this.#read();
    const entries = { ...this.#entries(content) };
    change(entries);
    const next = { ...content, [this.#key]: entries };
    try {
      writeJsonObject(this.path, next);
    } catch (error) {
      throw cliError(
        `Failed to write ${this.path}: ${reasonOf(error)}. ` +
          'Check that you may write to this directory, or set VDX_CONFIG_DIR to one you may.',
        ExitCode.Unexpected,
      );
    }
    this.#content = next;
  }

  #entries(content: JsonObject): Record<string, Entry> {
    const entries = content[this.#key];
    if (typeof entries !== 'object' || entries === null) return {};
    return entries as Record<string, Entry>;
  }

  #read(): JsonObject {
    try {
      return readJsonObject(this.path);
    } catch (error) {
      throw cliError(
        `Failed to read ${this.path}: ${reasonOf(error)}. ` +
          'Fix or delete the file, then run `vdx auth login` again.',
        ExitCode.Unexpected,
      );
    }
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
