import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.sql$/;

/** One numbered SQL file of `migrations/`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Finds the package's `migrations/` folder by walking up from this module.
 *
 * The walk makes the same code work from `src/db/` (tests) and from the bundled `dist/`.
 */
export function findMigrationsDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) {
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No migrations folder found above ${start}; reinstall @vdx/server.`);
    }
    dir = parent;
  }
}

/** Reads the migrations in version order. */
export function loadMigrations(dir = findMigrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

/**
 * Applies each migration not yet recorded in `schema_migrations`, each in its own transaction,
 * and records it there.
 */
export function applyMigrations(db: Database.Database, migrations = loadMigrations()): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_time TEXT NOT NULL)',
  );
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_time) VALUES (?, ?, ?)',
  );
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version) !== undefined) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    });
    // IMMEDIATE takes the write lock before the check, so two processes opening one new file
    // cannot both run the same migration.
    apply.immediate();
  }
}
