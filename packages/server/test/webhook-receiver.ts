import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request that the receiver got. */
export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read event bodies of several shapes.
  json: any;
}

/** The response to a request: a status now, a status later, or none (`'hang'`). */
export type PlannedResponse = number | Promise<number> | 'hang';

/** A local webhook receiver on a loopback port that records every request. */
export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Chooses the response to each request; `index` counts from 0. Default: 204. */
  respond: (request: ReceivedRequest, index: number) => PlannedResponse;
  /** Resolves when `count` requests have arrived. */
  waitForRequests(count: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 with a free port. */
export async function startReceiver(): Promise<Receiver> {
  const waiters: { count: number; resolve: () => void }[] = [];
  const receiver: Receiver = {
    url: '',
    requests: [],
    respond: () => 204,
    waitForRequests: (count) =>
      new Promise((resolve) => {
        const done = () => resolve(receiver.requests.slice(0, count));
        if (receiver.requests.length >= count) done();
        else waiters.push({ count, resolve: done });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((request, response) => {
    readBody(request).then((body) => {
      const received = { headers: request.headers, body, json: JSON.parse(body) };
      const index = receiver.requests.push(received) - 1;
      for (const waiter of waiters.filter((w) => receiver.requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      reply(response, receiver.respond(received, index));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  return receiver;
}

function reply(response: ServerResponse, planned: PlannedResponse): void {
  if (planned === 'hang') return;
  Promise.resolve(planned).then((status) => {
    response.writeHead(status, { 'content-type': 'text/plain' });
    response.end('ok');
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Calls `check` until it returns a value other than undefined; the test timeout bounds it. */
export async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
