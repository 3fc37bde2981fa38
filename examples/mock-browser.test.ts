/**
 * Runs the page in examples/mock-browser in Debian's Chromium: esbuild bundles main.ts, a
 * static server on 127.0.0.1 serves it with MSW's mockServiceWorker.js, and the page's SDK calls
 * reach the `@vdx/mock` handlers through the service worker.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const PAGE_SOURCE = fileURLToPath(new URL('./mock-browser/', import.meta.url));
const WORKER_SCRIPT = fileURLToPath(import.meta.resolve('msw/mockServiceWorker.js'));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};
const SERVED_FILES = new Set(['/index.html', '/main.js', '/mockServiceWorker.js']);

/** Bundles the page script and copies the page and MSW's worker script into `directory`. */
async function buildPage(directory: string): Promise<void> {
  await build({
    entryPoints: [join(PAGE_SOURCE, 'main.ts')],
    outfile: join(directory, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  await copyFile(join(PAGE_SOURCE, 'index.html'), join(directory, 'index.html'));
  await copyFile(WORKER_SCRIPT, join(directory, 'mockServiceWorker.js'));
}

/** Serves the three page files from `directory` on 127.0.0.1 with a free port. */
async function servePage(directory: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = request.url === '/' ? '/index.html' : (request.url ?? '');
    if (!SERVED_FILES.has(path)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: ${path}\n`);
      return;
    }
    const body = await readFile(join(directory, path));
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'text/plain' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('VDX mock in a browser', () => {
  let workDirectory: string;
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => {
    // Without Chromium the test below fails with the install command, instead of a hook error
    // that vitest reports as a skipped test.
    if (!existsSync(CHROMIUM)) return;
    workDirectory = await mkdtemp(join(tmpdir(), 'vdx-mock-browser-'));
    const pageDirectory = join(workDirectory, 'page');
    await buildPage(pageDirectory);
    server = await servePage(pageDirectory);
    context = await chromium.launchPersistentContext(join(workDirectory, 'profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Nothing may leave the machine: every host name except the loopback address fails to
        // resolve, so a request that the service worker misses fails instead of going out.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (workDirectory) await rm(workDirectory, { recursive: true, force: true });
  });

  it('SDK lists devices and pops a meeting', async () => {
    expect(
      existsSync(CHROMIUM),
      `Chromium is missing at ${CHROMIUM}, and this browser test needs it. ` +
        'On Debian, install it with: sudo apt-get install -y chromium',
    ).toBe(true);
    const { port } = server.address() as AddressInfo;
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);

    await page.waitForSelector('body[data-worker="started"]');
    const workerUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(workerUrl).toBe(`http://127.0.0.1:${port}/mockServiceWorker.js`);

    await page.waitForSelector('body[data-status]');
    const status = await page.getAttribute('body', 'data-status');
    const output = await page.textContent('#result');
    expect(status, `page output: ${output}`).toBe('finished');
    expect(JSON.parse(output ?? '')).toEqual({
      deviceNames: ['Akutmodtagelse tablet 1', 'Akutmodtagelse videorum 1'],
      poppedSubject: 'Video consultation',
      queueEmptyAfterPop: true,
    });
  });
});
