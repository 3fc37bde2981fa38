import { Flags } from '@oclif/core';
import type { TokenProvider, VdxClient, VdxLogger } from '@vdx/sdk';
import {
  CachedTokenProvider,
  type TokenCache,
  tokenIdentity,
} from './auth/cached-token-provider.js';
import { VdxCommand } from './base-command.js';
import {
  type ClientSettings,
  endpointUrl,
  resolveBaseUrl,
  resolveClientSettings,
} from './config/settings.js';
import type { ConfigStore } from './config/store.js';
import { cliError, ExitCode } from './errors.js';
import { canPrompt, promptSecret } from './prompt.js';

/** The `--base-url` flag of every command that talks to the API. */
export const baseUrlFlag = Flags.string({
  description:
    'Base URL of the VDX API, for example http://127.0.0.1:8787. ' +
    'Overrides VDX_BASE_URL and the base URL of the profile.',
  helpGroup: 'GLOBAL',
});

/** Flags that every API command receives from the base flags. */
export interface ConnectionFlags {
  profile: string;
  'base-url'?: string;
}

/**
 * Base of the commands that call the VDX API: adds `--base-url` and builds SDK clients.
 * `@vdx/sdk` is imported inside the methods, so that help and `--version` never load it.
 */
export abstract class ApiCommand extends VdxCommand {
  static override baseFlags = {
    ...VdxCommand.baseFlags,
    'base-url': baseUrlFlag,
  };

  /**
   * Creates a client authenticated with the client credentials of the profile or of the
   * `VDX_*` environment. A token cached for the stored profile is reused until shortly before
   * it expires.
   */
  protected async clientForProfile(flags: ConnectionFlags): Promise<VdxClient> {
    const store = await this.store();
    const settings = resolveClientSettings(store, {
      profile: flags.profile,
      baseUrl: flags['base-url'],
    });
    const sdk = await import('@vdx/sdk');
    const source = sdk.clientCredentials({
      ...settings.endpoint,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
    });
    const auth = store.getCredentials(settings.profile)
      ? new CachedTokenProvider(
          source,
          this.tokenCache(store, settings.profile),
          identityOf(settings),
        )
      : source;
    return sdk.createVdxClient({ baseUrl: settings.baseUrl, auth, logger: debugLogger() });
  }

  /**
   * Creates a client that logs in as the device `loginId`. The password comes from
   * VDX_DEVICE_PASSWORD, otherwise from a prompt on a terminal.
   *
   * @throws CLIError (exit 2) when there is no password and no terminal to ask on.
   */
  protected async clientForDevice(flags: ConnectionFlags, loginId: string): Promise<VdxClient> {
    const store = await this.store();
    const baseUrl = resolveBaseUrl(store, { profile: flags.profile, baseUrl: flags['base-url'] });
    const password = await devicePassword(loginId);
    const sdk = await import('@vdx/sdk');
    const auth: TokenProvider = sdk.deviceCredentials({ baseUrl, loginId, password });
    return sdk.createVdxClient({ baseUrl, auth, logger: debugLogger() });
  }

  /** Returns the cache of the profile's access token in the credentials file. */
  protected tokenCache(store: ConfigStore, profile: string): TokenCache {
    return {
      read: () => store.getCredentials(profile)?.token,
      write: (token) => {
        const credentials = store.getCredentials(profile);
        if (!credentials) return;
        try {
          store.setCredentials(profile, { ...credentials, token });
        } catch (error) {
          // The token still works for this run, so a failed cache write only costs a token
          // request next time.
          if (process.env.DEBUG) process.stderr.write(`Failed to cache the token: ${error}\n`);
        }
      },
    };
  }
}

/** Returns the identity under which the token of these settings is cached. */
export function identityOf(settings: ClientSettings): string {
  return tokenIdentity(settings.clientId, endpointUrl(settings.endpoint), settings.clientSecret);
}

async function devicePassword(loginId: string): Promise<string> {
  const fromEnvironment = process.env.VDX_DEVICE_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!canPrompt()) {
    throw cliError(
      `Missing password of device "${loginId}": set VDX_DEVICE_PASSWORD or run on a terminal to be asked.`,
      ExitCode.Usage,
    );
  }
  return promptSecret(`Password of device ${loginId}`);
}

/**
 * Returns a logger that writes the SDK's request and response events to stderr when `DEBUG` is
 * set. The SDK passes no headers, tokens or secrets to its logger.
 */
function debugLogger(): VdxLogger | undefined {
  if (!process.env.DEBUG) return undefined;
  const write =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      const details = fields ? ` ${JSON.stringify(fields)}` : '';
      process.stderr.write(`vdx:sdk ${level} ${message}${details}\n`);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
