import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** File mode of the stored files: readable and writable by the owner only. */
export const CONFIG_FILE_MODE = 0o600;

/** Mode of a configuration directory that the CLI creates: accessible by the owner only. */
export const CONFIG_DIRECTORY_MODE = 0o700;

/** The content of a stored JSON file: one object. */
export type JsonObject = Record<string, unknown>;

/**
 * Reads a JSON object from `path`. A missing file reads as an empty object.
 *
 * @throws Error when the file cannot be read, is not valid JSON, or is not a JSON object.
 */
export function readJsonObject(path: string): JsonObject {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }

  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected a JSON object');
  }
  return value as JsonObject;
}

/**
 * Writes `value` as JSON to `path` with mode 0600, atomically. The data goes to a temporary file
 * in the same directory, which is flushed to disk and then renamed over `path`. A reader gets
 * the old or the new file, never a part of one. A missing directory is created with mode 0700.
 *
 * @throws Error from the file system when the directory or the file cannot be written.
 */
export function writeJsonObject(path: string, value: JsonObject): void {
  ensureDirectory(dirname(path));

  const temporaryPath = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const descriptor = openSync(temporaryPath, 'wx', CONFIG_FILE_MODE);
    try {
      writeSync(descriptor, `${JSON.stringify(value, null, '\t')}\n`);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    // The mode given to open is reduced by the umask, so it is set again exactly.
    chmodSync(temporaryPath, CONFIG_FILE_MODE);
    renameSync(temporaryPath, path);
  } catch (error) {
    rmSync(temporaryPath, { force: true });
    throw error;
  }
}

/** Creates the directory with mode 0700 unless it exists. An existing directory keeps its mode. */
function ensureDirectory(directory: string): void {
  const created = mkdirSync(directory, { recursive: true, mode: CONFIG_DIRECTORY_MODE });
  // mkdirSync returns the first directory it created, and the umask may have reduced its mode.
  if (created !== undefined) chmodSync(directory, CONFIG_DIRECTORY_MODE);
}
