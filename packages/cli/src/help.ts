import { Help } from '@oclif/core';
import { ExitCode } from './errors.js';

const ROOT_EXAMPLES = [
  [
    'Log in to a local reference server:',
    'vdx auth login --base-url http://127.0.0.1:8787 --client-id demo-region-admin',
  ],
  ['List devices:', 'vdx devices list'],
  [
    'Queue a meeting for a device:',
    'vdx queues meetings push <device-id> --subject "Konsultation" --start 2026-03-02T10:00:00+01:00 --end 2026-03-02T10:30:00+01:00',
  ],
  ['Take the oldest meeting as JSON:', 'vdx queues meetings pop <device-id> --json'],
] as const;

const EXIT_CODES: ReadonlyArray<readonly [number, string]> = [
  [ExitCode.Ok, 'success (also an empty queue on pop)'],
  [ExitCode.Unexpected, 'unexpected error'],
  [ExitCode.Usage, 'invalid usage or input: flag errors, HTTP 400, a wrong issuer or token URL'],
  [ExitCode.Auth, 'authentication: not logged in, token errors, HTTP 401 and 403'],
  [ExitCode.NotFound, 'not found: HTTP 404'],
  [ExitCode.Conflict, 'conflict: HTTP 409'],
  [ExitCode.Network, 'network failure or timeout'],
  [ExitCode.Server, 'server error: HTTP 5xx'],
  [ExitCode.RateLimited, 'rate limited: HTTP 429; retry after the time the message names'],
];

const OUTPUT_RULES = [
  'Tables and text for people on stdout. With --json, stdout contains only the JSON result.',
  'Errors go to stderr as one line, "Error: <message>", with the request id when the API sent one.',
  'With --json an error is one line of JSON on stderr, {"error": {"message", "exitCode", ...}},',
  'and stdout stays empty. Set DEBUG=1 to add stack traces and SDK request logs on stderr.',
  'Settings come from flags, then VDX_BASE_URL, VDX_ISSUER, VDX_CLIENT_ID, VDX_CLIENT_SECRET and',
  'VDX_PROFILE, then the stored profile. VDX_CONFIG_DIR sets the directory of the stored files.',
].join('\n');

/** Help of the `vdx` command: oclif's help plus examples, exit codes and output rules at the root. */
export default class VdxHelp extends Help {
  override formatRoot(): string {
    const examples = ROOT_EXAMPLES.map(([text, command]) => `${text}\n  $ ${command}`).join('\n\n');
    const exitCodes = EXIT_CODES.map(([code, meaning]) => `${code}  ${meaning}`).join('\n');
    return [
      super.formatRoot(),
      this.section('EXAMPLES', examples),
      this.section('OUTPUT', OUTPUT_RULES),
      this.section('EXIT CODES', exitCodes),
    ].join('\n\n');
  }
}
