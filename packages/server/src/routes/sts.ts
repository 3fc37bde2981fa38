import type { components } from '@vdx/sdk/types';
import type { AppContext } from '../context.js';
import { ApiError, OAuthError } from '../errors.js';
import { parseForm } from '../realm/client-auth.js';
import { describeValidationError } from '../spec/validators.js';
import type { OperationHandlers } from './operation.js';
import { hasFormBody, unsupportedFormType } from './realm.js';

type StsExchangeResponse = components['schemas']['StsExchangeResponse'];

/** Creates the handler of the legacy STS exchange: 410 from the cut-off date on, a token before it. */
export function stsHandlers(context: AppContext): OperationHandlers {
  return {
    exchangeStsToken: async (c) => {
      const { stsCutoff, stsCutoffMs, realm } = context.config;
      if (Date.now() >= stsCutoffMs) {
        throw new ApiError(
          7001,
          `STS access to VDX-API closed on ${stsCutoff}. Request an OAuth client id and secret in VDX Management and use the token endpoint /realms/${realm}/protocol/openid-connect/token.`,
        );
      }
      if (!hasFormBody(c)) throw new ApiError(1005, unsupportedFormType(c));
      const text = await c.req.text();
      let form: Map<string, string>;
      try {
        form = parseForm(text);
      } catch (error) {
        if (error instanceof OAuthError) throw new ApiError(1001, error.description);
        throw error;
      }
      const operation = context.operations.get('exchangeStsToken');
      const validate = operation && context.validators.compile(operation).body;
      if (validate && !validate(Object.fromEntries(form))) {
        const [error] = validate.errors ?? [];
        throw new ApiError(1001, error ? describeValidationError(error) : 'The form is invalid.');
      }
      const body: StsExchangeResponse = {
        access_token: await context.issuer.issueStsToken(),
        token_type: 'Holder-of-key',
        expires_in: context.config.accessTokenTtlSeconds,
      };
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    },
  };
}
