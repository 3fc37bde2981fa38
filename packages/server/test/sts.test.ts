import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { postForm, send, startDemoServer } from './helpers.js';

describe('STS exchange after the cut-off', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startDemoServer({ stsCutoff: '2020-01-01' });
  });

  afterAll(async () => {
    await server.close();
  });

  it('returns 410 naming the date and the token endpoint', async () => {
    const reply = await postForm(server, '/videoapi/token', { token: 'PHNhbWw+' });
    expect(reply.status).toBe(410);
    expect(reply.body).toMatchObject({ error: 'Gone', status: 410, detailed_error_code: 7001 });
    expect(reply.body.detailed_error).toBe(
      'STS access to VDX-API closed on 2020-01-01. Request an OAuth client id and secret in VDX Management and use the token endpoint /realms/vdx/protocol/openid-connect/token.',
    );
  });
});

describe('STS exchange before the cut-off', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startDemoServer({ stsCutoff: '2999-01-01' });
  });

  afterAll(async () => {
    await server.close();
  });

  it('returns a short-lived holder-of-key token', async () => {
    const reply = await postForm(server, '/videoapi/token', { token: 'PHNhbWw+' });
    expect(reply.status).toBe(200);
    expect(reply.body.token_type).toBe('Holder-of-key');
    expect(reply.body.expires_in).toBe(300);
    expect(reply.body.access_token.split('.')).toHaveLength(3);
  });

  it('rejects an empty token', async () => {
    const reply = await postForm(server, '/videoapi/token', { token: '' });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
    expect(reply.body.detailed_error).toBe('/token: must NOT have fewer than 1 characters');
  });

  it('rejects a JSON body with 415', async () => {
    const reply = await send(server, 'POST', '/videoapi/token', { json: { token: 'x' } });
    expect(reply.status).toBe(415);
    expect(reply.body.detailed_error_code).toBe(1005);
  });

  it('the STS token grants no API access', async () => {
    const exchange = await postForm(server, '/videoapi/token', { token: 'PHNhbWw+' });
    const reply = await send(server, 'GET', '/devices/v1/devices', {
      token: exchange.body.access_token,
    });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2002);
  });
});
