// Device queues through the `vdx` CLI: the same scenario as the SDK example, run as the shell
// commands an administrator would type, with each command and its output printed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('@vdx/cli/package.json')), 'bin/run.js');

/** Quotes an argument the way a POSIX shell needs it, so a printed command can be pasted. */
function quoteForShell(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/**
 * Runs the CLI scenario against a VDX API at `baseUrl` whose realm is `issuer`.
 * @param {{ baseUrl: string, issuer: string }} target
 */
export async function runCliScenario({ baseUrl, issuer }) {
  const configDir = await mkdtemp(join(tmpdir(), 'vdx-demo-'));
  // Settings from the caller's own VDX_* variables must not leak into the demo.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VDX_')),
  );
  const env = {
    ...inherited,
    VDX_CONFIG_DIR: configDir,
    VDX_BASE_URL: baseUrl,
    VDX_ISSUER: issuer,
  };
  const vdx = async (args, { extraEnv = {}, hideOutput = false } = {}) => {
    console.log(`\n$ vdx ${args.map(quoteForShell).join(' ')}`);
    const { stdout } = await run(process.execPath, [CLI, ...args], {
      env: { ...env, ...extraEnv },
    });
    process.stdout.write(hideOutput ? '(output hidden: it contains the new password)\n' : stdout);
    return stdout;
  };

  try {
    console.log('\n# Through the CLI, as demo-kommune-admin (device-admin in Demo Kommune)');
    await vdx(['auth', 'login', '--client-id', 'demo-kommune-admin'], {
      extraEnv: { VDX_CLIENT_SECRET: 'demo-kommune-admin-secret' },
    });
    await vdx(['devices', 'list']);
    const created = JSON.parse(
      await vdx([
        'devices',
        'create',
        '--name',
        'Hjemmepleje tablet (CLI demo)',
        '--organisation',
        'centre-nord',
        '--kind',
        'tablet',
        '--json',
      ]),
    );
    const credentials = JSON.parse(
      await vdx(['devices', 'reset-password', created.id, '--json'], { hideOutput: true }),
    );
    const start = new Date(Date.now() + 2 * 60 * 60 * 1000);
    const end = new Date(start.getTime() + 45 * 60 * 1000);
    await vdx([
      'queues',
      'meetings',
      'push',
      created.id,
      '--subject',
      'Home-care follow-up',
      '--start',
      start.toISOString(),
      '--end',
      end.toISOString(),
    ]);
    await vdx([
      'queues',
      'messages',
      'push',
      created.id,
      '--subject',
      'Reminder',
      '--body',
      'Please charge the tablet before the meeting.',
    ]);
    await vdx(['queues', 'meetings', 'list', created.id]);

    console.log(`\n# Through the CLI, as the tablet (device login ${credentials.loginId})`);
    const deviceEnv = { extraEnv: { VDX_DEVICE_PASSWORD: credentials.password } };
    await vdx(
      ['queues', 'meetings', 'pop', created.id, '--device-login', credentials.loginId],
      deviceEnv,
    );
    await vdx(
      ['queues', 'messages', 'pop', created.id, '--device-login', credentials.loginId],
      deviceEnv,
    );
    await vdx(
      ['queues', 'meetings', 'pop', created.id, '--device-login', credentials.loginId],
      deviceEnv,
    );
  } finally {
    await rm(configDir, { recursive: true, force: true });
  }
}
