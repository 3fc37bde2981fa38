import { Flags } from '@oclif/core';
import { ENVIRONMENT_NAMES } from './target.js';

/** The flags that choose the environment or the URLs, shared by `auth login` and `auth migrate`. */
export const targetFlags = {
  env: Flags.string({
    description:
      'Known VDX environment whose base URL and issuer to use. Only local (the reference server, ' +
      'http://127.0.0.1:8787) has confirmed URLs; with local, --base-url and --issuer may name ' +
      'another port. The other environments conflict with the URL flags.',
    options: [...ENVIRONMENT_NAMES],
  }),
  'base-url': Flags.string({
    description: 'Base URL of the VDX API, for example http://127.0.0.1:8787.',
  }),
  issuer: Flags.string({
    description:
      'OpenID issuer URL, used for discovery, exactly as the server names it. Defaults to ' +
      'VDX_ISSUER when set, otherwise to <base-url>/realms/vdx.',
  }),
  'token-url': Flags.string({
    description: 'Token endpoint URL, used instead of OpenID discovery.',
  }),
};

/** The flags of the token request options, stored in the profile and used by every command. */
export const tokenRequestFlags = {
  'auth-method': Flags.string({
    description:
      'How the client authenticates at the token endpoint: client_secret_basic (HTTP Basic, ' +
      'the default) or client_secret_post (in the form body).',
    options: ['client_secret_basic', 'client_secret_post'],
  }),
  scope: Flags.string({
    description: "Space-separated scopes to request. Default: the realm's default scope.",
  }),
  audience: Flags.string({ description: 'Audience to request, sent as the audience parameter.' }),
};
