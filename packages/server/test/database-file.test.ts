import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.js';

describe('database file', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vdx-db-mode-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is created readable by the owner only', async () => {
    const path = join(dir, 'nested', 'vdx.sqlite');
    const db = openDatabase(path);
    db.prepare('SELECT 1').get();

    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(`${path}-wal`)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested'))).mode & 0o777).toBe(0o700);
    db.close();
  });

  it('tightens an existing file to 0600', async () => {
    const path = join(dir, 'existing.sqlite');
    await writeFile(path, '', { mode: 0o644 });
    const db = openDatabase(path);

    expect((await stat(path)).mode & 0o777).toBe(0o600);
    db.close();
  });
});
