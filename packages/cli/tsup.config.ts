import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'tsup';

/** Lists one entry per command file, so that dist/commands mirrors src/commands for oclif's pattern strategy. */
function commandEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  const files = readdirSync('src/commands', { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => name.endsWith('.ts'))) {
    const source = join('src/commands', file);
    entries[relative('src', source).replace(/\.ts$/, '')] = source;
  }
  return entries;
}

export default defineConfig({
  entry: {
    ...commandEntries(),
    help: 'src/help.ts',
    'hooks/command-not-found': 'src/hooks/command-not-found.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  dts: false,
  sourcemap: false,
});
