/**
 * The directory of the appointment service: OrganisationSearch, ParticipantSearch and
 * DeviceSearch across all of VDX, not only the caller's subtree, ordered by name.
 *
 * NOTE: the reference server limits directory searches to 60 per client and minute (429 with
 * 6001). The mock has no limit; schedule `fail(operationId, 429)` to test that response.
 */
import type { components } from '@vdx/sdk/types';
import { defineOperation } from '../define-operation.js';
import type { MockContext } from '../operation-types.js';
import { DEFAULT_LIMIT, type Page } from '../pagination.js';
import { decodePositionCursor, encodePositionCursor } from '../position-cursor.js';
import { ApiProblem } from '../problems.js';

type DirectoryUser = components['schemas']['DirectoryUser'];
type DirectoryDevice = components['schemas']['DirectoryDevice'];

const NAME_POSITION = ['string', 'string'] as const;

/** Returns whether `text` contains `part`, ignoring case; a missing `part` matches anything. */
function containsText(text: string, part: string | undefined): boolean {
  return part === undefined || text.toLowerCase().includes(part.toLowerCase());
}

function comparePositions(name: string, key: string, otherName: string, otherKey: string): number {
  if (name !== otherName) return name < otherName ? -1 : 1;
  if (key !== otherKey) return key < otherKey ? -1 : 1;
  return 0;
}

/**
 * Sorts the matches by name and key, and returns the page after the cursor's position. Plain
 * string comparison gives the reference server's SQLite binary order for names in the Basic
 * Multilingual Plane.
 */
function pageByName<Item>(
  matches: Item[],
  positionOf: (item: Item) => [name: string, key: string],
  limit = DEFAULT_LIMIT,
  cursor?: string,
): Page<Item> {
  const sorted = [...matches].sort((a, b) => comparePositions(...positionOf(a), ...positionOf(b)));
  const after = cursor === undefined ? undefined : decodePositionCursor(cursor, NAME_POSITION);
  const remaining = after
    ? sorted.filter((item) => comparePositions(...positionOf(item), ...after) > 0)
    : sorted;
  const items = remaining.slice(0, limit);
  const last = items.at(-1);
  if (remaining.length <= limit || last === undefined) return { items, nextCursor: null };
  return { items, nextCursor: encodePositionCursor(positionOf(last)) };
}

/**
 * Checks that a search has at least one of its optional filters.
 *
 * @throws {ApiProblem} 400 with 1003 without one.
 */
function requireFilter(value: string | undefined, names: string): void {
  if (value === undefined) {
    throw new ApiProblem(400, 1003, `Give at least one filter: ${names}.`);
  }
}

function organisationName(mock: MockContext, code: string): string {
  return mock.state.directory.getOrganisation(code)?.name ?? code;
}

/** `GET /appointments/v1/directory/organisations`: organisations whose name contains `name`. */
export const searchDirectoryOrganisations = defineOperation(
  'searchDirectoryOrganisations',
  (context) => {
    const { mock, query } = context;
    const matches = mock.state.directory
      .listOrganisations()
      .filter((organisation) => containsText(organisation.name, query.name));
    const page = pageByName(
      matches,
      (organisation) => [organisation.name, organisation.code],
      query.limit,
      query.cursor,
    );
    return { status: 200, body: page };
  },
);

/** `GET /appointments/v1/directory/users`: by organisation name, by name or e-mail, or both. */
export const searchDirectoryUsers = defineOperation('searchDirectoryUsers', (context) => {
  const { mock, query } = context;
  requireFilter(query.organisationName ?? query.query, 'organisationName or query');
  const matches: DirectoryUser[] = mock.state.directory
    .listUsers()
    .map((user) => ({ ...user, organisationName: organisationName(mock, user.organisationCode) }))
    .filter((user) => containsText(`${user.name}\n${user.email}`, query.query))
    .filter((user) => containsText(user.organisationName, query.organisationName));
  const page = pageByName(matches, (user) => [user.name, user.email], query.limit, query.cursor);
  return { status: 200, body: page };
});

/** `GET /appointments/v1/directory/devices`: active devices only, because only they can be invited. */
export const searchDirectoryDevices = defineOperation('searchDirectoryDevices', (context) => {
  const { mock, query } = context;
  requireFilter(query.organisationName ?? query.name, 'organisationName or name');
  const matches: DirectoryDevice[] = mock.state.devices
    .list()
    .filter((device) => device.status === 'active')
    .map((device) => ({
      id: device.id,
      name: device.name,
      organisationCode: device.organisationCode,
      organisationName: organisationName(mock, device.organisationCode),
    }))
    .filter((device) => containsText(device.name, query.name))
    .filter((device) => containsText(device.organisationName, query.organisationName));
  const page = pageByName(matches, (device) => [device.name, device.id], query.limit, query.cursor);
  return { status: 200, body: page };
});
