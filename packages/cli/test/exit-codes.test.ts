import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeForStatus, oneLine } from '../src/errors.js';

describe('exitCodeForStatus', () => {
  it.each([
    [400, ExitCode.Usage],
    [401, ExitCode.Auth],
    [403, ExitCode.Auth],
    [404, ExitCode.NotFound],
    [409, ExitCode.Conflict],
    [410, ExitCode.Auth],
    [413, ExitCode.Usage],
    [415, ExitCode.Usage],
    [429, ExitCode.RateLimited],
    [500, ExitCode.Server],
    [503, ExitCode.Server],
  ])('maps HTTP %i to exit %i', (status, exitCode) => {
    expect(exitCodeForStatus(status)).toBe(exitCode);
  });
});

describe('oneLine', () => {
  it('drops the parser header and help line', () => {
    const message =
      'The following error occurred:\n  Missing required flag name\nSee more help with --help';

    expect(oneLine(message)).toBe('Missing required flag name');
  });

  it('rewrites the flag parsing prefix', () => {
    const message =
      'Parsing --limit \n\tExpected an integer but received: x\nSee more help with --help';

    expect(oneLine(message)).toBe('Invalid value for --limit: Expected an integer but received: x');
  });
});
