/**
 * Bearer-token authentication and role checks of the API operations.
 */
import type { VdxRole } from '@vdx/sdk/demo';
import { ApiProblem } from './problems.js';
import type { MockState } from './state/mock-state.js';

/** The caller of an API operation, derived from its access token. */
export type Principal =
  | {
      kind: 'client';
      clientId: string;
      organisationCode: string;
      roles: readonly VdxRole[];
    }
  | {
      kind: 'device';
      deviceId: string;
      organisationCode: string;
      roles: readonly VdxRole[];
    };

function invalidToken(realm: string, code: 2002 | 2003, detail: string): ApiProblem {
  const challenge = `Bearer realm="${realm}", error="invalid_token", error_description="${detail}"`;
  return new ApiProblem(401, code, detail, { 'WWW-Authenticate': challenge });
}

function readBearerToken(request: Request, realm: string): string {
  const header = request.headers.get('authorization');
  if (!header) {
    throw new ApiProblem(
      401,
      2001,
      'The request has no bearer token. Send Authorization: Bearer <access token> with a token ' +
        `from the realm ${realm}.`,
      { 'WWW-Authenticate': `Bearer realm="${realm}"` },
    );
  }
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw invalidToken(
      realm,
      2002,
      'The Authorization header is not a bearer token. Send Authorization: Bearer <access token>.',
    );
  }
  return match[1];
}

/**
 * Finds the caller of a request from its bearer token.
 *
 * @throws {ApiProblem} 401 with 2001 (no token), 2002 (unknown token, or its device is gone)
 *   or 2003 (expired token).
 */
export function authenticate(request: Request, state: MockState, realm: string): Principal {
  const token = readBearerToken(request, realm);
  const record = state.tokens.findAccessToken(token);
  if (!record) {
    throw invalidToken(
      realm,
      2002,
      `The access token was not issued by the realm ${realm}. Request a new token.`,
    );
  }
  if (record.expiresAt.getTime() <= state.now().getTime()) {
    const expiry = record.expiresAt.toISOString();
    throw invalidToken(realm, 2003, `The access token expired at ${expiry}. Request a new token.`);
  }
  const { subject } = record;
  if (subject.kind === 'client') {
    const client = state.directory.getClient(subject.clientId)!;
    return {
      kind: 'client',
      clientId: client.clientId,
      organisationCode: client.organisationCode,
      roles: client.roles,
    };
  }
  const device = state.devices.get(subject.deviceId);
  if (!device) {
    throw invalidToken(
      realm,
      2002,
      `The access token belongs to device ${subject.deviceId}, which no longer exists.`,
    );
  }
  return {
    kind: 'device',
    deviceId: device.id,
    organisationCode: device.organisationCode,
    roles: ['device'],
  };
}

/**
 * Checks that the caller has one of the operation's roles.
 *
 * @throws {ApiProblem} 403 with 3001 when it has none of them.
 */
export function authorize(principal: Principal, roles: readonly string[]): void {
  if (principal.roles.some((role) => roles.includes(role))) {
    return;
  }
  const granted = principal.roles.length > 0 ? principal.roles.join(', ') : 'no role';
  throw new ApiProblem(
    403,
    3001,
    `This operation needs one of the roles ${roles.join(', ')}; the token has ${granted}.`,
  );
}

/**
 * Checks that a device token is used on its own device only.
 *
 * @throws {ApiProblem} 403 with 3002 for another device's id.
 */
export function authorizeDevice(principal: Principal, deviceId: string): void {
  if (principal.kind === 'device' && principal.deviceId !== deviceId) {
    throw new ApiProblem(
      403,
      3002,
      `A device token may only use its own queues; this token belongs to device ${principal.deviceId}, not ${deviceId}.`,
    );
  }
}
