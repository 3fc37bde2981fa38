import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../src/cli.js';

// The demo-seed warning depends on this check. The test does not start a server on a
// non-loopback address, so that nothing listens beyond this machine.
describe('loopback host check for the demo-seed warning', () => {
  it.each(['127.0.0.1', '127.8.9.10', 'localhost', 'LOCALHOST', '::1', '[::1]'])(
    'treats %s as loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', 'vdx.example'])(
    'treats %s as reachable from other machines',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});
