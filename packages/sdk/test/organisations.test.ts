import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationTree, VdxClient } from '../src/index.js';
import {
  demoClient,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let client: VdxClient;

beforeAll(async () => {
  server = await startReferenceServer();
  client = demoClient(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

function codesOf(tree: OrganisationTree): string[] {
  return [tree.code, ...tree.children.flatMap(codesOf)];
}

describe('organisation helpers', () => {
  it('tree returns the caller subtree', async () => {
    const tree = await client.organisations.tree();

    expect(codesOf(tree)).toEqual(['region-demo', 'hospital-demo', 'dept-emergency']);
    expect(tree.parentCode).toBeNull();
  });

  it('get returns one organisation', async () => {
    const organisation = await client.organisations.get('hospital-demo');

    expect(organisation).toMatchObject({
      code: 'hospital-demo',
      name: 'Demo Hospital',
      parentCode: 'region-demo',
    });
  });

  it('descendants lists every organisation below', async () => {
    const descendants = await client.organisations.descendants('region-demo');

    expect(descendants.map((organisation) => organisation.code).sort()).toEqual([
      'dept-emergency',
      'hospital-demo',
    ]);
    expect(await client.organisations.descendants('dept-emergency')).toEqual([]);
  });

  it('get outside subtree is 404', async () => {
    await expect(client.organisations.get('kommune-demo')).rejects.toMatchObject({
      name: 'VdxApiError',
      status: 404,
      code: 4002,
      path: '/services/v2/organisation/kommune-demo',
    });
  });
});
