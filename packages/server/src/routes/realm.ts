import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { AppContext } from '../context.js';
import { ApiError, OAuthError } from '../errors.js';
import { parseForm, peekClientId } from '../realm/client-auth.js';
import { describeValidationError } from '../spec/validators.js';
import type { OperationHandlers } from './operation.js';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** Creates the handlers of the Keycloak-shaped realm: discovery, token, JWKS and revocation. */
export function realmHandlers(context: AppContext): OperationHandlers {
  const requireRealm = (realm: string) => {
    if (realm !== context.config.realm) {
      throw new ApiError(
        4001,
        `Realm ${realm} not found; this server serves the realm ${context.config.realm}.`,
      );
    }
  };
  const readForm = async (c: Context<AppEnv>, operationId: string) => {
    const form = await readFormBody(c);
    const operation = context.operations.get(operationId);
    const validate = operation && context.validators.compile(operation).body;
    if (validate && !validate(Object.fromEntries(form))) {
      const [error] = validate.errors ?? [];
      if (error?.instancePath === '/grant_type' && error.keyword === 'enum') {
        throw new OAuthError(
          'unsupported_grant_type',
          `The grant type ${form.get('grant_type')} is not supported; use client_credentials or refresh_token.`,
        );
      }
      throw new OAuthError(
        'invalid_request',
        error ? describeValidationError(error) : 'Invalid form.',
      );
    }
    return form;
  };

  return {
    getOpenIdConfiguration: (c, { params }) => {
      requireRealm(params.realm);
      return c.json(context.realm.discovery());
    },
    getJwks: (c, { params }) => {
      requireRealm(params.realm);
      return c.json(context.keys.jwks);
    },
    requestToken: async (c, { params }) => {
      requireRealm(params.realm);
      const form = await readForm(c, 'requestToken');
      const authorization = c.req.header('authorization');
      const attempt = { kind: 'client' as const, id: peekClientId(authorization, form) };
      const response = await context.loginGuard.run(c, attempt, () =>
        context.realm.requestToken(authorization, form),
      );
      return c.json(response, 200, NO_STORE);
    },
    revokeToken: async (c, { params }) => {
      requireRealm(params.realm);
      const form = await readForm(c, 'revokeToken');
      await context.realm.revoke(c.req.header('authorization'), form);
      return c.body(null, 200, NO_STORE);
    },
  };
}

/**
 * Reads an `application/x-www-form-urlencoded` body.
 *
 * @throws {OAuthError} `invalid_request` for another content type or a repeated parameter.
 */
export async function readFormBody(c: Context<AppEnv>): Promise<Map<string, string>> {
  if (!hasFormBody(c)) {
    throw new OAuthError('invalid_request', unsupportedFormType(c));
  }
  return parseForm(await c.req.text());
}

/** Returns whether the request's content type is `application/x-www-form-urlencoded`. */
export function hasFormBody(c: Context<AppEnv>): boolean {
  const mediaType = c.req.header('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === FORM_CONTENT_TYPE;
}

/** Returns the error message for a body that is not a form. */
export function unsupportedFormType(c: Context<AppEnv>): string {
  const contentType = c.req.header('content-type') ?? '(none)';
  return `Content-Type ${contentType} is not supported; send ${FORM_CONTENT_TYPE}.`;
}
