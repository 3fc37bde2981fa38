/**
 * VideoAPI v2 meetings: service information, search, create, read, replace, patch and delete,
 * for the owner organisation's subtree. A `meeting-user` acts only on meetings it organises.
 */
import type { components, operations } from '@vdx/sdk/types';
import { defineOperation } from '../define-operation.js';
import {
  checkMeetingTimes,
  choosePins,
  findManaged,
  generateRoom,
  type MeetingCaller,
  meetingCaller,
  meetingNotFound,
  parseStartRange,
  resolveOrganizer,
  resolveParticipants,
  sameEmail,
  touchBy,
} from '../meeting-rules.js';
import { toMeeting } from '../meeting-view.js';
import type { MockContext } from '../operation-types.js';
import { ApiProblem } from '../problems.js';
import { randomUuid } from '../random.js';
import { requireCaller } from '../scope.js';
import type { MeetingDetails, StoredMeeting } from '../state/meeting-store.js';

type Schemas = components['schemas'];
type SearchQuery = Partial<NonNullable<operations['searchMeetings']['parameters']['query']>>;

/** The filters of the meeting search; at least one of them, or a full time range, is required. */
const SEARCH_FILTERS = [
  'short-id',
  'label',
  'subject',
  'organizedBy',
  'search',
  'from-start-time',
] as const;

/** `GET /videoapi/v2/info` */
export const getVideoApiInfo = defineOperation('getVideoApiInfo', () => ({
  status: 200,
  body: { info: [{ key: 'service', value: { name: 'vdx-mock', version: '0.1.0' } }] },
}));

/**
 * Returns the search's time range in milliseconds.
 *
 * @throws {ApiProblem} 400 with 1003 without any filter, or with only one end of the range, and
 *   400 with 1006 when the range is reversed.
 */
function parseSearchRange(query: SearchQuery): { fromMs?: number; toMs?: number } {
  const from = query['from-start-time'];
  const to = query['to-start-time'];
  if (!SEARCH_FILTERS.some((name) => query[name] !== undefined) && to === undefined) {
    throw new ApiProblem(
      400,
      1003,
      'Give at least one filter: short-id, label, subject, organizedBy, search, or from-start-time with to-start-time.',
    );
  }
  if ((from === undefined) !== (to === undefined)) {
    const missing = from === undefined ? 'from-start-time' : 'to-start-time';
    const other = missing === 'from-start-time' ? 'to-start-time' : 'from-start-time';
    throw new ApiProblem(
      400,
      1003,
      `/${missing}: is required together with ${other}; send both ends of the range.`,
    );
  }
  if (from === undefined || to === undefined) return {};
  return parseStartRange(['from-start-time', from], ['to-start-time', to]);
}

function contains(text: string, part: string | undefined): boolean {
  return part === undefined || text.toLowerCase().includes(part.toLowerCase());
}

function matchesSearch(
  meeting: StoredMeeting,
  query: SearchQuery,
  organizer: string | undefined,
  range: { fromMs?: number; toMs?: number },
): boolean {
  const startMs = Date.parse(meeting.startTime);
  const text = `${meeting.subject}\n${meeting.description ?? ''}\n${meeting.organizedBy.email}`;
  return (
    (organizer === undefined || meeting.organizedBy.email.toLowerCase() === organizer) &&
    contains(meeting.subject, query.subject) &&
    contains(text, query.search) &&
    (query.label === undefined || meeting.labels.includes(query.label)) &&
    (query['short-id'] === undefined || meeting.shortId === query['short-id']) &&
    (range.fromMs === undefined || startMs >= range.fromMs) &&
    (range.toMs === undefined || startMs <= range.toMs)
  );
}

/**
 * Returns the organiser e-mail that the search filters on: a `meeting-user` may search only its own
 * meetings, so another organiser gives `null` (no results).
 */
function searchOrganizer(caller: MeetingCaller, query: SearchQuery): string | undefined | null {
  const requested = query.organizedBy?.toLowerCase();
  if (caller.canPlan) return requested;
  if (requested !== undefined && !sameEmail(requested, caller.email)) return null;
  return caller.email.toLowerCase();
}

/** `GET /videoapi/v2/meetings`: meetings owned by the caller's subtree, by start time. */
export const searchMeetings = defineOperation('searchMeetings', (context) => {
  const { mock, query } = context;
  const principal = requireCaller(context);
  const range = parseSearchRange(query);
  const caller = meetingCaller(mock, principal);
  const organizer = searchOrganizer(caller, query);
  if (organizer === null) return { status: 200, body: [] };
  const meetings = mock.state.videoMeetings
    .list()
    .filter((meeting) =>
      mock.state.directory.isInSubtree(caller.organisationCode, meeting.ownerOrganisationCode),
    )
    .filter((meeting) => matchesSearch(meeting, query, organizer, range));
  return { status: 200, body: meetings.map((meeting) => toMeeting(meeting, mock.baseUrl)) };
});

function externalIdTaken(owner: string, externalId: string): ApiProblem {
  return new ApiProblem(
    409,
    5001,
    `/externalId: organisation ${owner} already has a meeting with externalId ${externalId}. Use another externalId or change that meeting.`,
  );
}

function createMeetingRecord(
  mock: MockContext,
  caller: MeetingCaller,
  body: Schemas['MeetingCreate'],
): Omit<StoredMeeting, 'sequence'> {
  const owner = caller.organisationCode;
  checkMeetingTimes(body.startTime, body.endTime);
  const pins = choosePins(body.guestPin, body.hostPin);
  const organizedBy = resolveOrganizer(mock, caller, body.organizedByEmail);
  if (
    body.externalId !== undefined &&
    mock.state.videoMeetings.findByExternalId(owner, body.externalId)
  ) {
    throw externalIdTaken(owner, body.externalId);
  }
  const participants = resolveParticipants(mock, body.participants ?? [], owner, '/participants');
  const now = mock.state.now().toISOString();
  return {
    uuid: randomUuid(),
    ownerOrganisationCode: owner,
    subject: body.subject,
    description: body.description ?? null,
    startTime: body.startTime,
    endTime: body.endTime,
    projectCode: body.projectCode ?? null,
    externalId: body.externalId ?? null,
    organizedBy,
    createdBy: { organisationCode: owner, email: caller.email },
    updatedBy: null,
    createdTime: now,
    updatedTime: now,
    labels: body.labels ?? [],
    guestPinRequired: body.guestPinRequired ?? false,
    ...generateRoom(mock),
    ...pins,
    participants,
  };
}

/** `POST /videoapi/v2/meetings`: 200, not 201, as MedCom's VideoAPI v2 does. */
export const createMeeting = defineOperation('createMeeting', (context) => {
  const { mock, body } = context;
  const caller = meetingCaller(mock, requireCaller(context));
  const meeting = mock.state.videoMeetings.create(createMeetingRecord(mock, caller, body));
  return { status: 200, body: toMeeting(meeting, mock.baseUrl) };
});

/** `GET /videoapi/v2/meetings/{uuid}` */
export const getMeeting = defineOperation('getMeeting', (context) => {
  const { mock } = context;
  const { meeting } = findManaged(mock, requireCaller(context), context.path.uuid);
  return { status: 200, body: toMeeting(meeting, mock.baseUrl) };
});

/** Returns the names of the meeting fields whose values differ between `before` and `after`. */
function changedFields(before: StoredMeeting, after: MeetingDetails): string[] {
  const names: (keyof MeetingDetails)[] = [
    'subject',
    'description',
    'startTime',
    'endTime',
    'projectCode',
    'organizedBy',
    'labels',
    'guestPinRequired',
    'guestPin',
    'hostPin',
  ];
  return names.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

function saveDetails(
  mock: MockContext,
  meeting: StoredMeeting,
  caller: MeetingCaller,
  details: MeetingDetails,
) {
  const fields = changedFields(meeting, details);
  const updated = mock.state.videoMeetings.updateDetails(
    meeting.uuid,
    details,
    touchBy(mock, caller),
    fields,
  );
  if (!updated) throw meetingNotFound(meeting.uuid);
  return { status: 200 as const, body: toMeeting(updated, mock.baseUrl) };
}

/** `PUT /videoapi/v2/meetings/{uuid}`: optional fields left out are cleared; PINs stay. */
export const updateMeeting = defineOperation('updateMeeting', (context) => {
  const { mock, body } = context;
  const { meeting, caller } = findManaged(mock, requireCaller(context), context.path.uuid);
  checkMeetingTimes(body.startTime, body.endTime);
  // The organiser is required on every meeting, so leaving it out keeps the current one.
  const organizedBy =
    body.organizedByEmail === undefined
      ? meeting.organizedBy
      : resolveOrganizer(mock, caller, body.organizedByEmail);
  return saveDetails(mock, meeting, caller, {
    subject: body.subject,
    description: body.description ?? null,
    startTime: body.startTime,
    endTime: body.endTime,
    projectCode: body.projectCode ?? null,
    organizedBy,
    labels: body.labels ?? [],
    guestPinRequired: meeting.guestPinRequired,
    guestPin: meeting.guestPin,
    hostPin: meeting.hostPin,
  });
});

/** `PATCH /videoapi/v2/meetings/{uuid}`: changes the fields present; `null` clears one. */
export const patchMeeting = defineOperation('patchMeeting', (context) => {
  const { mock, body } = context;
  const { meeting, caller } = findManaged(mock, requireCaller(context), context.path.uuid);
  const startTime = body.startTime ?? meeting.startTime;
  const endTime = body.endTime ?? meeting.endTime;
  checkMeetingTimes(startTime, endTime);
  const organizedBy =
    body.organizedByEmail === undefined
      ? meeting.organizedBy
      : resolveOrganizer(mock, caller, body.organizedByEmail);
  const pins = choosePins(body.guestPin ?? meeting.guestPin, body.hostPin ?? meeting.hostPin);
  return saveDetails(mock, meeting, caller, {
    subject: body.subject ?? meeting.subject,
    description: body.description === undefined ? meeting.description : body.description,
    startTime,
    endTime,
    projectCode: body.projectCode === undefined ? meeting.projectCode : body.projectCode,
    organizedBy,
    labels: body.labels === undefined ? meeting.labels : (body.labels ?? []),
    guestPinRequired: body.guestPinRequired ?? meeting.guestPinRequired,
    ...pins,
  });
});

/** `DELETE /videoapi/v2/meetings/{uuid}`: the participants go with it. */
export const deleteMeeting = defineOperation('deleteMeeting', (context) => {
  const { mock } = context;
  const { meeting } = findManaged(mock, requireCaller(context), context.path.uuid);
  mock.state.videoMeetings.delete(meeting.uuid, mock.state.now().toISOString());
  return { status: 204, body: undefined };
});
