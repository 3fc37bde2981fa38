/**
 * The demo realm's organisation tree, OAuth clients and users, which the mock never changes.
 */
import {
  DEMO_CLIENTS,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  type DemoClient,
  type DemoOrganisation,
  type DemoUser,
} from '@vdx/sdk/demo';
import type { Organisation, OrganisationTree } from '@vdx/sdk/types';

/** The creation time that the mock gives to every seeded organisation and device. */
export const SEED_TIME = '2026-01-05T08:00:00.000Z';

/** The organisation tree, the OAuth clients and the users of the mock's realm. */
export class Directory {
  readonly #organisations = new Map<string, DemoOrganisation>(
    DEMO_ORGANISATIONS.map((organisation) => [organisation.code, organisation]),
  );
  readonly #clients = new Map<string, DemoClient>(
    DEMO_CLIENTS.map((client) => [client.clientId, client]),
  );

  /** Lists the demo organisations, parents before children. */
  listOrganisations(): DemoOrganisation[] {
    return [...this.#organisations.values()].map((organisation) => ({ ...organisation }));
  }

  /** Lists the demo users that ParticipantSearch finds. */
  listUsers(): DemoUser[] {
    return DEMO_USERS.map((user) => ({ ...user }));
  }

  /** Returns the user with this e-mail address, ignoring case, or `undefined`. */
  getUser(email: string): DemoUser | undefined {
    const lowerCaseEmail = email.toLowerCase();
    const user = DEMO_USERS.find((candidate) => candidate.email.toLowerCase() === lowerCaseEmail);
    return user && { ...user };
  }

  /** Lists the demo clients. */
  listClients(): DemoClient[] {
    return [...this.#clients.values()].map((client) => ({ ...client, roles: [...client.roles] }));
  }

  /** Returns the demo client with this id, or `undefined`. */
  getClient(clientId: string): DemoClient | undefined {
    return this.#clients.get(clientId);
  }

  /** Returns the organisation with this code in the API's shape, or `undefined`. */
  getOrganisation(code: string): Organisation | undefined {
    const organisation = this.#organisations.get(code);
    if (!organisation) {
      return undefined;
    }
    const { name, parentCode } = organisation;
    return { code, name, parentCode, createdTime: SEED_TIME };
  }

  /** Returns whether `code` is `rootCode` or one of its descendants. */
  isInSubtree(rootCode: string, code: string): boolean {
    let current = this.#organisations.get(code);
    while (current) {
      if (current.code === rootCode) {
        return true;
      }
      current = current.parentCode ? this.#organisations.get(current.parentCode) : undefined;
    }
    return false;
  }

  /** Lists every organisation below `code` in depth-first order. */
  listDescendants(code: string): Organisation[] {
    return this.#childCodes(code).flatMap((child) => [
      this.getOrganisation(child)!,
      ...this.listDescendants(child),
    ]);
  }

  /** Builds the subtree rooted at `code` with children nested, or `undefined` for no such code. */
  getTree(code: string): OrganisationTree | undefined {
    const organisation = this.#organisations.get(code);
    if (!organisation) {
      return undefined;
    }
    return {
      code,
      name: organisation.name,
      parentCode: organisation.parentCode,
      children: this.#childCodes(code).map((child) => this.getTree(child)!),
    };
  }

  #childCodes(code: string): string[] {
    return [...this.#organisations.values()]
      .filter((organisation) => organisation.parentCode === code)
      .map((organisation) => organisation.code);
  }
}
