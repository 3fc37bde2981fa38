import type { Organisation, OrganisationTree } from '../types.js';
import { dataOf, type RawClient, requireId } from './result.js';

/**
 * The organisation service (`/services/v2`). Organisations outside the caller's subtree return
 * 404 (code 4002), exactly as if they did not exist.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface OrganisationsApi {
  /** Gets one organisation by its code, such as `hospital-demo`. */
  get(code: string): Promise<Organisation>;
  /** Lists all organisations below one organisation; a leaf has none. */
  descendants(code: string): Promise<Organisation[]>;
  /** Gets the tree rooted at the caller's own organisation. */
  tree(): Promise<OrganisationTree>;
}

/** Creates the organisation helpers over a raw client. */
export function createOrganisationsApi(raw: RawClient): OrganisationsApi {
  return {
    get: async (code) =>
      dataOf(raw.GET('/services/v2/organisation/{code}', { params: codePath(code) }), 'GET'),
    descendants: async (code) =>
      dataOf(
        raw.GET('/services/v2/organisation/{code}/descendants', { params: codePath(code) }),
        'GET',
      ),
    tree: async () => dataOf(raw.GET('/services/v2/organisationtree'), 'GET'),
  };
}

function codePath(code: string) {
  return { path: { code: requireId(code, 'code') } };
}
