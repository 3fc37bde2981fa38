import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const DEMO = fileURLToPath(new URL('../demo.mjs', import.meta.url));

describe('npm run demo', () => {
  let workDir: string;
  let output: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'vdx-demo-test-'));
    const { stdout } = await run(process.execPath, [DEMO], { cwd: workDir });
    output = stdout;
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('delivers the queued items to the device through the SDK', () => {
    expect(output).toContain('Took meeting: Video consultation, ward 3');
    expect(output).toContain(
      "Took message: Room change: Today's consultations move to room A-016.",
    );
    expect(output).toContain('Meeting queue now: empty');
  });

  it('runs the same scenario through the CLI', () => {
    expect(output).toContain('$ vdx queues meetings pop');
    expect(output).toContain('Home-care follow-up');
    expect(output).toContain('Please charge the tablet before the meeting.');
  });

  it('never prints a secret or a device password', () => {
    expect(output).not.toMatch(/demo-(region|kommune)-admin-secret/);
    expect(output).not.toContain('"password"');
  });
});
