import type { Organisation, OrganisationTree } from '@vdx/sdk/types';
import { organisationNotFound } from '../errors.js';
import type { OrganisationRecord } from '../store/store.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import type { Principal } from './principal.js';

/** The organisation service: reads of the caller's subtree. */
export class OrganisationService {
  constructor(private readonly directory: OrganisationDirectory) {}

  /**
   * Returns one organisation of the caller's subtree.
   *
   * @throws {ApiError} 4002 when the code is unknown or outside the subtree.
   */
  get(principal: Principal, code: string): Organisation {
    return toOrganisation(this.#visible(principal, code));
  }

  /** Lists the descendants of an organisation of the caller's subtree, depth first. */
  descendants(principal: Principal, code: string): Organisation[] {
    this.#visible(principal, code);
    return this.directory.descendants(code).map(toOrganisation);
  }

  /** Returns the caller's organisation with its descendants nested under `children`. */
  tree(principal: Principal): OrganisationTree {
    const root = this.#visible(principal, principal.organisationCode);
    const build = (organisation: OrganisationRecord): OrganisationTree => ({
      code: organisation.code,
      name: organisation.name,
      parentCode: organisation.parentCode,
      children: this.directory.children(organisation.code).map(build),
    });
    return build(root);
  }

  #visible(principal: Principal, code: string): OrganisationRecord {
    const organisation = this.directory.get(code);
    if (!organisation || !this.directory.isWithin(code, principal.organisationCode)) {
      throw organisationNotFound(code);
    }
    return organisation;
  }
}

function toOrganisation(record: OrganisationRecord): Organisation {
  return {
    code: record.code,
    name: record.name,
    parentCode: record.parentCode,
    createdTime: record.createdTime,
  };
}
