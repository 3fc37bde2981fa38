import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from './migrate.js';

/** A better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/** How long a statement waits for a lock held by another connection, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

/** Mode of the database file, because it contains the realm's private signing key and password hashes. */
const DATABASE_FILE_MODE = 0o600;

/**
 * Opens (or creates) the SQLite database at `path`, sets WAL mode, a busy timeout and foreign
 * keys, and applies pending migrations.
 *
 * `:memory:` opens a private in-memory database. For a file, missing parent directories are
 * created with mode 0700, and the file gets mode 0600 (an existing file is tightened to 0600);
 * SQLite gives its `-wal` and `-shm` files the database file's mode.
 */
export function openDatabase(path: string): SqliteDatabase {
  if (path !== ':memory:') prepareDatabaseFile(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    registerFunctions(db);
    applyMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Creates the parent directories and the file, readable by the owner only. */
function prepareDatabaseFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', DATABASE_FILE_MODE));
  chmodSync(path, DATABASE_FILE_MODE);
}

/**
 * Registers `vdx_casefold(text)`, a Unicode lower-casing that SQLite's ASCII-only `lower()` and
 * `LIKE` lack, for case-insensitive search on names such as "Venteværelse".
 */
function registerFunctions(db: SqliteDatabase): void {
  db.function('vdx_casefold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
}
