import { describe, expect, it } from 'vitest';
import { toVdxError, VdxApiError, VdxError } from '../src/index.js';

const REQUEST = { method: 'GET', url: 'http://127.0.0.1:8787/devices/v1/devices/abc?limit=5' };

function jsonResponse(status: number, requestId?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (requestId !== undefined) headers['x-request-id'] = requestId;
  return new Response(null, { status, headers });
}

describe('toVdxError', () => {
  it('message has detail, status, code, id', () => {
    const body = {
      error: 'Not Found',
      path: '/devices/v1/devices/abc',
      status: 404,
      timestamp: '2026-01-01T00:00:00Z',
      detailed_error: 'Device abc is not found.',
      detailed_error_code: 4001,
    };

    const error = toVdxError(jsonResponse(404, 'req-1'), body, REQUEST);

    expect(error).toBeInstanceOf(VdxApiError);
    expect(error).toBeInstanceOf(VdxError);
    expect(error.name).toBe('VdxApiError');
    expect(error.message).toBe('Device abc is not found. (HTTP 404, code 4001, request id req-1)');
    expect(error.status).toBe(404);
    expect(error.code).toBe(4001);
    expect(error.requestId).toBe('req-1');
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/devices/v1/devices/abc');
    expect(error.body).toBe(body);
  });

  it('describes non-JSON body with text', () => {
    const response = new Response(null, { status: 502, statusText: 'Bad Gateway' });

    const error = toVdxError(response, '<html>\n  upstream   down\n</html>', REQUEST);

    expect(error.message).toBe(
      'GET /devices/v1/devices/abc failed with HTTP 502 Bad Gateway, and the response is not a VDX error object: <html> upstream down </html> (HTTP 502)',
    );
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBeUndefined();
  });

  it('describes empty body with status', () => {
    const error = toVdxError(jsonResponse(503, 'req-2'), undefined, REQUEST);

    expect(error.message).toBe(
      'GET /devices/v1/devices/abc failed with HTTP 503, and the response is not a VDX error object (HTTP 503, request id req-2)',
    );
  });

  it('shortens a long text body to 200 characters', () => {
    const error = toVdxError(jsonResponse(500), 'x'.repeat(500), REQUEST);

    expect(error.message).toContain(`: ${'x'.repeat(200)}... (HTTP 500)`);
  });

  it('path from body without URL', () => {
    const body = {
      error: 'Bad Request',
      path: '/devices/v1/devices',
      status: 400,
      timestamp: '2026-01-01T00:00:00Z',
      detailed_error: '/name: must not be empty',
      detailed_error_code: 1001,
    };

    const error = toVdxError(jsonResponse(400), body, { method: 'POST', url: '' });

    expect(error.path).toBe('/devices/v1/devices');
    expect(error.message).toBe('/name: must not be empty (HTTP 400, code 1001)');
  });
});
