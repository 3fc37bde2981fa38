import type { ClientCredentialsOptions, ClientCredentialsProvider } from '@vdx/sdk';
import { cliError, ExitCode } from '../errors.js';

/**
 * Creates the SDK's client-credentials provider. The SDK rejects unusable options, such as a
 * plain-http URL of another host or the legacy `/videoapi/token` URL, with a plain `VdxError`
 * before any request. The CLI reports that as a usage error (exit 2) with the SDK's message.
 */
export async function createTokenSource(
  options: ClientCredentialsOptions,
): Promise<ClientCredentialsProvider> {
  const sdk = await import('@vdx/sdk');
  try {
    return sdk.clientCredentials(options);
  } catch (error) {
    if (error instanceof sdk.VdxError) throw cliError(error.message, ExitCode.Usage);
    throw error;
  }
}
