import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { components } from '@vdx/sdk/types';
import { findMigrationsDir } from '../db/migrate.js';

/** The body of `GET /videoapi/v2/info`. */
export type VideoApiInfo = components['schemas']['VideoApiInfo'];

/** Builds the service information: the server's package name and version. */
export function videoApiInfo(): VideoApiInfo {
  // The migrations folder sits beside package.json, from src/ (tests) and from dist/ alike.
  const packageJson = join(dirname(findMigrationsDir()), 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  return { info: [{ key: 'service', value: { name: 'vdx-server', version } }] };
}
