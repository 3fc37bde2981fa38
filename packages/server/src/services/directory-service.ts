import type { components, operations } from '@vdx/sdk/types';
import { ApiError } from '../errors.js';
import type { MeetingStore, NamePosition } from '../store/meeting-store.js';
import { DEFAULT_PAGE_SIZE } from './cursor.js';
import { decodePositionCursor, encodePositionCursor } from './position-cursor.js';
import type { Principal } from './principal.js';
import type { RateLimiter } from './rate-limiter.js';

type Schemas = components['schemas'];
type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

const NAME_POSITION = ['string', 'string'] as const;

/**
 * The directory: OrganisationSearch, ParticipantSearch and DeviceSearch across all of VDX.
 *
 * Results carry only what is needed to invite: no secrets, metadata or descriptions.
 */
export class DirectoryService {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly limiter: RateLimiter,
  ) {}

  /** Finds organisations whose name contains `name`, ordered by name. */
  async searchOrganisations(
    principal: Principal,
    query: QueryOf<'searchDirectoryOrganisations'>,
  ): Promise<Schemas['DirectoryOrganisationPage']> {
    this.limiter.take(principal.clientId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const records = await this.meetings.searchDirectoryOrganisations({
      text: query.name.toLowerCase(),
      after: readPosition(query.cursor),
      limit: limit + 1,
    });
    return toPage(records, limit, (record) => ({ name: record.name, key: record.code }));
  }

  /**
   * Finds users by organisation name, by name or e-mail, or both, ordered by name.
   *
   * @throws {ApiError} 1003 without a filter.
   */
  async searchUsers(
    principal: Principal,
    query: QueryOf<'searchDirectoryUsers'>,
  ): Promise<Schemas['DirectoryUserPage']> {
    this.limiter.take(principal.clientId);
    requireFilter(query.organisationName ?? query.query, 'organisationName or query');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const records = await this.meetings.searchDirectoryUsers({
      text: query.query?.toLowerCase(),
      organisationName: query.organisationName?.toLowerCase(),
      after: readPosition(query.cursor),
      limit: limit + 1,
    });
    return toPage(records, limit, (record) => ({ name: record.name, key: record.email }));
  }

  /**
   * Finds active devices by organisation name, by device name, or both, ordered by name.
   *
   * @throws {ApiError} 1003 without a filter.
   */
  async searchDevices(
    principal: Principal,
    query: QueryOf<'searchDirectoryDevices'>,
  ): Promise<Schemas['DirectoryDevicePage']> {
    this.limiter.take(principal.clientId);
    requireFilter(query.organisationName ?? query.name, 'organisationName or name');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const records = await this.meetings.searchDirectoryDevices({
      text: query.name?.toLowerCase(),
      organisationName: query.organisationName?.toLowerCase(),
      after: readPosition(query.cursor),
      limit: limit + 1,
    });
    return toPage(records, limit, (record) => ({ name: record.name, key: record.id }));
  }
}

function requireFilter(value: string | undefined, names: string): void {
  if (value === undefined) {
    throw new ApiError(1003, `Give at least one filter: ${names}.`);
  }
}

function readPosition(cursor: string | undefined): NamePosition | undefined {
  if (cursor === undefined) return undefined;
  const [name, key] = decodePositionCursor(cursor, NAME_POSITION);
  return { name, key };
}

/** Cuts the extra record fetched to tell whether another page exists. */
function toPage<T>(
  records: T[],
  limit: number,
  positionOf: (record: T) => NamePosition,
): { items: T[]; nextCursor: string | null } {
  const items = records.slice(0, limit);
  const last = items.at(-1);
  if (records.length <= limit || last === undefined) return { items, nextCursor: null };
  const { name, key } = positionOf(last);
  return { items, nextCursor: encodePositionCursor([name, key]) };
}
