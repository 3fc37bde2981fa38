import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const README = new URL('../README.md', import.meta.url);
const MANIFEST = new URL('../oclif.manifest.json', import.meta.url);

/** Returns the built commands grouped by topic, such as `queues meetings` → [clear, list, ...]. */
async function commandsByTopic(): Promise<Record<string, string[]>> {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as {
    commands: Record<string, unknown>;
  };
  const topics: Record<string, string[]> = {};
  for (const id of Object.keys(manifest.commands).sort()) {
    const parts = id.split(':');
    const command = parts.pop() as string;
    const topic = parts.join(' ');
    topics[topic] ??= [];
    topics[topic].push(command);
  }
  return topics;
}

/** Returns the rows of the README's command table as topic → commands. */
async function readmeCommandTable(): Promise<Record<string, string[]>> {
  const text = await readFile(README, 'utf8');
  const section = text.split('## Commands')[1]?.split('\n## ')[0] ?? '';
  const topics: Record<string, string[]> = {};
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const topic = /^`([a-z -]+)`$/.exec(cells[1] ?? '')?.[1];
    if (topic === undefined) continue;
    topics[topic] = [...(cells[2] ?? '').matchAll(/`([a-z-]+)`/g)].map((match) => match[1] ?? '');
  }
  return topics;
}

describe('README command table', () => {
  it('lists every topic and command of vdx --help', async () => {
    const built = await commandsByTopic();
    const documented = await readmeCommandTable();

    expect(Object.keys(built)).not.toHaveLength(0);
    expect(documented).toEqual(built);
  });
});
