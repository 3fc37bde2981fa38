import type { OrganisationRecord } from '../store/store.js';

/**
 * The organisation tree in memory, for subtree checks on every request.
 *
 * The API has no operation that changes organisations, so the tree is read once at start-up
 * (after seeding). Code that adds organisations later must call {@link OrganisationDirectory.load}.
 */
export class OrganisationDirectory {
  #byCode = new Map<string, OrganisationRecord>();
  #children = new Map<string, OrganisationRecord[]>();

  constructor(organisations: readonly OrganisationRecord[] = []) {
    this.load(organisations);
  }

  /** Replaces the tree. Parents may come in any order. */
  load(organisations: readonly OrganisationRecord[]): void {
    this.#byCode = new Map(organisations.map((o) => [o.code, o]));
    this.#children = new Map();
    for (const organisation of organisations) {
      if (organisation.parentCode === null) continue;
      const siblings = this.#children.get(organisation.parentCode) ?? [];
      siblings.push(organisation);
      this.#children.set(organisation.parentCode, siblings);
    }
  }

  get(code: string): OrganisationRecord | undefined {
    return this.#byCode.get(code);
  }

  /** Returns the children of `code` in insertion order. */
  children(code: string): readonly OrganisationRecord[] {
    return this.#children.get(code) ?? [];
  }

  /** Returns whether `code` is `rootCode` or a descendant. Unknown codes are in no subtree. */
  isWithin(code: string, rootCode: string): boolean {
    let current = this.#byCode.get(code);
    // The depth bound stops a cycle in a hand-edited database from looping forever.
    for (let depth = 0; current && depth <= this.#byCode.size; depth += 1) {
      if (current.code === rootCode) return true;
      current = current.parentCode === null ? undefined : this.#byCode.get(current.parentCode);
    }
    return false;
  }

  /** Returns the descendants of `code` in depth-first order, without `code` itself. */
  descendants(code: string): OrganisationRecord[] {
    const result: OrganisationRecord[] = [];
    const visit = (parent: string) => {
      for (const child of this.children(parent)) {
        if (result.length > this.#byCode.size) return;
        result.push(child);
        visit(child.code);
      }
    };
    visit(code);
    return result;
  }

  /** Returns `code` and its descendants' codes, or an empty list when `code` is unknown. */
  subtreeCodes(code: string): string[] {
    if (!this.#byCode.has(code)) return [];
    return [code, ...this.descendants(code).map((o) => o.code)];
  }
}
