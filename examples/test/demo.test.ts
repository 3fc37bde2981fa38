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
    // The whole demo runs in this hook: three scenarios and several CLI processes.
  }, 60_000);

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

  it('shares the municipality meeting with the supplier and the agency', () => {
    expect(output).toContain('OrganisationSearch "supplier": Demo Supplier ApS (supplier-demo)');
    expect(output).toContain(
      'DeviceSearch "mødelokale" in "supplier": Supplier mødelokale (0f5e2c1a-7b3d-4e8f-9a01-000000000006), Demo Supplier ApS',
    );
    expect(output).toContain('Added participant: USER lene.dahl@kommune-demo.example as HOST');
    expect(output).toContain('AppointmentSearch for supplier-demo: 1 meeting(s)');
    expect(output).toContain('AppointmentSearch for agency-demo: 1 meeting(s)');
    expect(output).toContain('host PIN hidden');
    expect(output).toContain('  updated (startTime, endTime)');
    expect(output).toContain('AppointmentLog again: 0 notification(s), all were read');
  });

  it('never prints a secret or a device password', () => {
    expect(output).not.toMatch(/demo-(region|kommune)-admin-secret/);
    expect(output).not.toContain('"password"');
  });
});
