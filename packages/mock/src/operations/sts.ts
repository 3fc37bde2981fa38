/**
 * The legacy STS token exchange, closed after the cut-off date.
 */
import { defineOperation } from '../define-operation.js';
import { ApiProblem } from '../problems.js';
import { randomString } from '../random.js';

const STS_TOKEN_LIFETIME_SECONDS = 300;

/** Formats the cut-off as the calendar date in Denmark, where VDX announces it. */
function danishDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(instant);
}

/**
 * `POST /videoapi/token`
 *
 * After the cut-off this responds 410 with code 7001. Before it, any non-empty token is
 * exchanged for an access token that the mock's API operations do not accept, because STS
 * tokens were holder-of-key tokens for mutual TLS.
 */
export const exchangeStsToken = defineOperation('exchangeStsToken', (context) => {
  const { mock } = context;
  if (mock.state.now().getTime() >= mock.stsCutOff.getTime()) {
    throw new ApiProblem(
      410,
      7001,
      `STS access to VDX-API closed on ${danishDate(mock.stsCutOff)}. Request an OAuth client id ` +
        'and secret in VDX Management and use the token endpoint ' +
        `/realms/${mock.realm}/protocol/openid-connect/token.`,
    );
  }
  if (!context.body) {
    throw new ApiProblem(
      415,
      1005,
      'Send the STS token exchange as application/x-www-form-urlencoded.',
    );
  }
  if (!context.body.token) {
    throw new ApiProblem(400, 1001, "/token: must have required property 'token'");
  }
  return {
    status: 200,
    body: {
      access_token: `mock-sts.${randomString(16)}`,
      token_type: 'Holder-of-key' as const,
      expires_in: STS_TOKEN_LIFETIME_SECONDS,
    },
  };
});
