import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { SqliteDatabase } from '../db/open-database.js';
import type {
  AddParticipantsOutcome,
  AppointmentLogChange,
  AppointmentLogRecord,
  AppointmentSearch,
  DirectoryDeviceRecord,
  DirectoryOrganisationRecord,
  DirectorySearch,
  DirectoryUserRecord,
  MeetingChange,
  MeetingChangeKind,
  MeetingChangeListener,
  MeetingDetails,
  MeetingRecord,
  MeetingSearch,
  MeetingStore,
  MeetingTouch,
  NewMeeting,
  NewParticipant,
  ParticipantRecord,
  ParticipantRole,
  UserRecord,
} from './meeting-store.js';
import { ExternalIdTakenError } from './meeting-store.js';

interface MeetingRow {
  seq: number;
  uuid: string;
  owner_organisation_code: string;
  subject: string;
  description: string | null;
  start_time: string;
  start_ms: number;
  end_time: string;
  project_code: string | null;
  external_id: string | null;
  organized_by_organisation: string;
  organized_by_email: string;
  created_by_organisation: string;
  created_by_email: string;
  updated_by_organisation: string | null;
  updated_by_email: string | null;
  created_time: string;
  updated_time: string;
  labels: string;
  guest_pin_required: number;
  short_id: string;
  uri_with_domain: string;
  uri_without_domain: string;
  guest_pin: number;
  host_pin: number;
}

interface ParticipantRow {
  seq: number;
  uuid: string;
  meeting_uuid: string;
  type: ParticipantRecord['type'];
  external_id: string;
  organisation_code: string | null;
  role: ParticipantRole;
  name: string | null;
}

interface UserRow {
  email: string;
  name: string;
  organisation_code: string;
  created_time: string;
}

interface LogRow {
  seq: number;
  id: string;
  client_id: string;
  appointment_id: string;
  change: AppointmentLogChange;
  changed_fields: string;
  occurred_at: string;
}

/** The roles that may read an appointment log; only clients with one of them get entries. */
const MEETING_ROLES = `('meeting-user', 'meeting-planner', 'meeting-admin')`;

/**
 * Clients with a meeting role whose subtree holds an organisation that meeting @uuid involves.
 * The recursive part walks from each involved organisation up to its root; UNION (not UNION ALL)
 * drops repeated rows, so a cycle in a hand-edited tree still ends.
 */
const INVOLVED_CLIENTS_SQL = `
  WITH RECURSIVE involved(code) AS (
    SELECT owner_organisation_code FROM meetings WHERE uuid = @uuid
    UNION
    SELECT organisation_code FROM meeting_participants
    WHERE meeting_uuid = @uuid AND organisation_code IS NOT NULL
  ),
  ancestors(code) AS (
    SELECT code FROM involved
    UNION
    SELECT organisations.parent_code FROM organisations JOIN ancestors ON organisations.code = ancestors.code
    WHERE organisations.parent_code IS NOT NULL
  )
  SELECT client_id FROM clients
  WHERE organisation_code IN (SELECT code FROM ancestors)
    AND EXISTS (SELECT 1 FROM json_each(clients.roles) WHERE value IN ${MEETING_ROLES})
  ORDER BY client_id`;

/** The organisations that meeting @uuid involves: its owner and its participants' organisations. */
const INVOLVED_ORGANISATIONS_SQL = `
  SELECT owner_organisation_code FROM meetings WHERE uuid = @uuid
  UNION
  SELECT organisation_code FROM meeting_participants
  WHERE meeting_uuid = @uuid AND organisation_code IS NOT NULL
  ORDER BY 1`;

/** Meetings that involve an organisation of the JSON array @codes. */
const INVOLVES_ANY_SQL = `(
  meetings.owner_organisation_code IN (SELECT value FROM json_each(@codes))
  OR EXISTS (
    SELECT 1 FROM meeting_participants p
    WHERE p.meeting_uuid = meetings.uuid
      AND p.organisation_code IN (SELECT value FROM json_each(@codes))
  )
)`;

function prepareStatements(db: SqliteDatabase) {
  const s = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
  return {
    insertUser: s(
      'INSERT OR IGNORE INTO users (email, name, organisation_code, created_time) VALUES (?, ?, ?, ?)',
    ),
    getUser: s<UserRow>('SELECT * FROM users WHERE email = ?'),
    roomExists: s('SELECT 1 FROM meetings WHERE short_id = ? OR uri_with_domain = ?'),
    getMeeting: s<MeetingRow>('SELECT * FROM meetings WHERE uuid = ?'),
    getMeetingByShortId: s<MeetingRow>('SELECT * FROM meetings WHERE short_id = ?'),
    getMeetingByExternalId: s<MeetingRow>(
      'SELECT * FROM meetings WHERE owner_organisation_code = ? AND external_id = ?',
    ),
    searchMeetings: s<MeetingRow>(
      `SELECT * FROM meetings
       WHERE owner_organisation_code IN (SELECT value FROM json_each(@owners))
         AND (@organizer IS NULL OR lower(organized_by_email) = @organizer)
         AND (@subject IS NULL OR instr(vdx_casefold(subject), @subject) > 0)
         AND (@text IS NULL OR instr(vdx_casefold(subject || char(10) || coalesce(description, '') || char(10) || organized_by_email), @text) > 0)
         AND (@label IS NULL OR EXISTS (SELECT 1 FROM json_each(meetings.labels) WHERE value = @label))
         AND (@short_id IS NULL OR short_id = @short_id)
         AND (@from_ms IS NULL OR start_ms >= @from_ms)
         AND (@to_ms IS NULL OR start_ms <= @to_ms)
       ORDER BY start_ms, seq`,
    ),
    searchAppointments: s<MeetingRow>(
      `SELECT * FROM meetings
       WHERE ${INVOLVES_ANY_SQL}
         AND (@organisation IS NULL OR meetings.owner_organisation_code = @organisation
              OR EXISTS (SELECT 1 FROM meeting_participants p
                         WHERE p.meeting_uuid = meetings.uuid AND p.organisation_code = @organisation))
         AND (@device IS NULL OR EXISTS (SELECT 1 FROM meeting_participants p
                         WHERE p.meeting_uuid = meetings.uuid AND p.type = 'DEVICE' AND p.external_id = @device))
         AND (@user IS NULL OR lower(meetings.organized_by_email) = @user
              OR EXISTS (SELECT 1 FROM meeting_participants p
                         WHERE p.meeting_uuid = meetings.uuid AND p.type = 'USER' AND p.external_id = @user))
         AND (@from_ms IS NULL OR start_ms >= @from_ms)
         AND (@to_ms IS NULL OR start_ms < @to_ms)
         AND (@after_ms IS NULL OR start_ms > @after_ms OR (start_ms = @after_ms AND seq > @after_seq))
       ORDER BY start_ms, seq
       LIMIT @limit`,
    ),
    listParticipants: s<ParticipantRow>(
      'SELECT * FROM meeting_participants WHERE meeting_uuid = ? ORDER BY seq',
    ),
    listParticipantsOf: s<ParticipantRow>(
      `SELECT * FROM meeting_participants
       WHERE meeting_uuid IN (SELECT value FROM json_each(?)) ORDER BY seq`,
    ),
    insertMeeting: s<MeetingRow>(
      `INSERT INTO meetings (uuid, owner_organisation_code, subject, description, start_time, start_ms,
         end_time, project_code, external_id, organized_by_organisation, organized_by_email,
         created_by_organisation, created_by_email, updated_by_organisation, updated_by_email,
         created_time, updated_time, labels, guest_pin_required, short_id, uri_with_domain,
         uri_without_domain, guest_pin, host_pin)
       VALUES (@uuid, @owner_organisation_code, @subject, @description, @start_time, @start_ms,
         @end_time, @project_code, @external_id, @organized_by_organisation, @organized_by_email,
         @created_by_organisation, @created_by_email, @updated_by_organisation, @updated_by_email,
         @created_time, @updated_time, @labels, @guest_pin_required, @short_id, @uri_with_domain,
         @uri_without_domain, @guest_pin, @host_pin)
       RETURNING *`,
    ),
    updateMeeting: s<MeetingRow>(
      `UPDATE meetings SET subject = @subject, description = @description,
         start_time = @start_time, start_ms = @start_ms, end_time = @end_time,
         project_code = @project_code, organized_by_organisation = @organized_by_organisation,
         organized_by_email = @organized_by_email, labels = @labels,
         guest_pin_required = @guest_pin_required, guest_pin = @guest_pin, host_pin = @host_pin,
         updated_by_organisation = @updated_by_organisation, updated_by_email = @updated_by_email,
         updated_time = @updated_time
       WHERE uuid = @uuid
       RETURNING *`,
    ),
    touchMeeting: s(
      `UPDATE meetings SET updated_by_organisation = ?, updated_by_email = ?, updated_time = ?
       WHERE uuid = ?`,
    ),
    deleteMeeting: s('DELETE FROM meetings WHERE uuid = ?'),
    findParticipant: s(
      'SELECT 1 FROM meeting_participants WHERE meeting_uuid = ? AND type = ? AND external_id = ?',
    ),
    insertParticipant: s<ParticipantRow>(
      `INSERT INTO meeting_participants (uuid, meeting_uuid, type, external_id, organisation_code, role, name)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       RETURNING *`,
    ),
    updateParticipantRole: s<ParticipantRow>(
      'UPDATE meeting_participants SET role = ? WHERE meeting_uuid = ? AND uuid = ? RETURNING *',
    ),
    deleteParticipant: s('DELETE FROM meeting_participants WHERE meeting_uuid = ? AND uuid = ?'),
    involvedClients: db.prepare<{ uuid: string }, string>(INVOLVED_CLIENTS_SQL).pluck(),
    involvedOrganisations: db.prepare<{ uuid: string }, string>(INVOLVED_ORGANISATIONS_SQL).pluck(),
    insertLogEntry: s(
      `INSERT INTO appointment_log (id, client_id, appointment_id, change, changed_fields, occurred_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    unreadLog: s<LogRow>(
      `SELECT seq, id, client_id, appointment_id, change, changed_fields, occurred_at
       FROM appointment_log WHERE client_id = ? AND read_at IS NULL ORDER BY seq LIMIT ?`,
    ),
    markLogRead: s(
      `UPDATE appointment_log SET read_at = ?
       WHERE client_id = ? AND read_at IS NULL AND seq <= ?`,
    ),
    directoryOrganisations: s<DirectoryOrganisationRecord>(
      `SELECT code, name, parent_code AS parentCode FROM organisations
       WHERE (@text IS NULL OR instr(vdx_casefold(name), @text) > 0)
         AND (@after_name IS NULL OR name > @after_name OR (name = @after_name AND code > @after_key))
       ORDER BY name, code
       LIMIT @limit`,
    ),
    directoryUsers: s<DirectoryUserRecord>(
      `SELECT users.email, users.name, users.organisation_code AS organisationCode,
         organisations.name AS organisationName
       FROM users JOIN organisations ON organisations.code = users.organisation_code
       WHERE (@text IS NULL OR instr(vdx_casefold(users.name || char(10) || users.email), @text) > 0)
         AND (@organisation_name IS NULL OR instr(vdx_casefold(organisations.name), @organisation_name) > 0)
         AND (@after_name IS NULL OR users.name > @after_name
              OR (users.name = @after_name AND users.email > @after_key))
       ORDER BY users.name, users.email
       LIMIT @limit`,
    ),
    directoryDevices: s<DirectoryDeviceRecord>(
      `SELECT devices.id, devices.name, devices.organisation_code AS organisationCode,
         organisations.name AS organisationName
       FROM devices JOIN organisations ON organisations.code = devices.organisation_code
       WHERE devices.status = 'active'
         AND (@text IS NULL OR instr(vdx_casefold(devices.name), @text) > 0)
         AND (@organisation_name IS NULL OR instr(vdx_casefold(organisations.name), @organisation_name) > 0)
         AND (@after_name IS NULL OR devices.name > @after_name
              OR (devices.name = @after_name AND devices.id > @after_key))
       ORDER BY devices.name, devices.id
       LIMIT @limit`,
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/** The facts of a meeting that a {@link MeetingChange} carries, read at one moment. */
interface MeetingSnapshot {
  ownerOrganisationCode: string;
  startTime: string;
  endTime: string;
  involved: string[];
}

/**
 * The SQLite {@link MeetingStore}: better-sqlite3 on the same connection as the main store.
 *
 * Each change runs in one `BEGIN IMMEDIATE` transaction that reads the involved clients before
 * and after the change and writes their log entries, so a crash or a concurrent writer never
 * leaves a change without its entries. The optional `listener` joins the same transaction.
 */
export class SqliteMeetingStore implements MeetingStore {
  readonly #db: SqliteDatabase;
  readonly #statements: Statements;
  readonly #listener: MeetingChangeListener | undefined;
  /** The number of changes passed to the listener in the open transaction, reset when it ends. */
  #pendingChanges = 0;

  constructor(db: SqliteDatabase, listener?: MeetingChangeListener) {
    this.#db = db;
    this.#statements = prepareStatements(db);
    this.#listener = listener;
  }

  async insertUserIfAbsent(user: UserRecord): Promise<boolean> {
    const { email, name, organisationCode, createdTime } = user;
    return this.#statements.insertUser.run(email, name, organisationCode, createdTime).changes > 0;
  }

  async getUser(email: string): Promise<UserRecord | undefined> {
    const row = this.#statements.getUser.get(email);
    return (
      row && {
        email: row.email,
        name: row.name,
        organisationCode: row.organisation_code,
        createdTime: row.created_time,
      }
    );
  }

  async roomExists(shortId: string, uriWithDomain: string): Promise<boolean> {
    return this.#statements.roomExists.get(shortId, uriWithDomain) !== undefined;
  }

  async getMeeting(uuid: string): Promise<MeetingRecord | undefined> {
    const row = this.#statements.getMeeting.get(uuid);
    return row && toMeeting(row);
  }

  async getMeetingByShortId(shortId: string): Promise<MeetingRecord | undefined> {
    const row = this.#statements.getMeetingByShortId.get(shortId);
    return row && toMeeting(row);
  }

  async getMeetingByExternalId(
    ownerOrganisationCode: string,
    externalId: string,
  ): Promise<MeetingRecord | undefined> {
    const row = this.#statements.getMeetingByExternalId.get(ownerOrganisationCode, externalId);
    return row && toMeeting(row);
  }

  async searchMeetings(search: MeetingSearch): Promise<MeetingRecord[]> {
    const rows = this.#statements.searchMeetings.all({
      owners: JSON.stringify(search.ownerCodes),
      organizer: search.organizedByEmail ?? null,
      subject: search.subject ?? null,
      text: search.text ?? null,
      label: search.label ?? null,
      short_id: search.shortId ?? null,
      from_ms: search.fromMs ?? null,
      to_ms: search.toMs ?? null,
    });
    return rows.map(toMeeting);
  }

  async searchAppointments(search: AppointmentSearch): Promise<MeetingRecord[]> {
    const rows = this.#statements.searchAppointments.all({
      codes: JSON.stringify(search.visibleCodes),
      organisation: search.organisationCode ?? null,
      device: search.deviceId ?? null,
      user: search.userEmail ?? null,
      from_ms: search.fromMs ?? null,
      to_ms: search.toMs ?? null,
      after_ms: search.after?.startMs ?? null,
      after_seq: search.after?.seq ?? null,
      limit: search.limit,
    });
    return rows.map(toMeeting);
  }

  async listParticipants(meetingUuid: string): Promise<ParticipantRecord[]> {
    return this.#statements.listParticipants.all(meetingUuid).map(toParticipant);
  }

  async listParticipantsOf(meetingUuids: readonly string[]): Promise<ParticipantRecord[]> {
    if (meetingUuids.length === 0) return [];
    return this.#statements.listParticipantsOf.all(JSON.stringify(meetingUuids)).map(toParticipant);
  }

  async createMeeting(
    meeting: NewMeeting,
    participants: readonly NewParticipant[],
  ): Promise<MeetingRecord> {
    try {
      return this.#change(meeting.uuid, 'created', [], meeting.createdTime, () => {
        const row = this.#statements.insertMeeting.get(meetingParameters(meeting)) as MeetingRow;
        for (const participant of participants) this.#insertParticipant(meeting.uuid, participant);
        return toMeeting(row);
      });
    } catch (error) {
      // The service checks externalId first, but a concurrent request can take it in between,
      // and then the unique index is what catches it.
      if (isUniqueViolation(error, 'meetings.external_id') && meeting.externalId !== null) {
        throw new ExternalIdTakenError(meeting.ownerOrganisationCode, meeting.externalId);
      }
      throw error;
    }
  }

  async updateMeeting(
    uuid: string,
    details: MeetingDetails,
    touch: MeetingTouch,
    changedFields: readonly string[],
  ): Promise<MeetingRecord | undefined> {
    return this.#change(uuid, 'details', changedFields, touch.updatedTime, () => {
      const row = this.#statements.updateMeeting.get({
        uuid,
        ...detailParameters(details),
        updated_by_organisation: touch.updatedBy.organisationCode,
        updated_by_email: touch.updatedBy.email,
        updated_time: touch.updatedTime,
      });
      return row && toMeeting(row);
    });
  }

  async deleteMeeting(uuid: string, occurredAt: string): Promise<boolean> {
    return this.#change(uuid, 'deleted', [], occurredAt, () => {
      // ON DELETE CASCADE removes the participants in the same statement.
      return this.#statements.deleteMeeting.run(uuid).changes > 0;
    });
  }

  async addParticipants(
    meetingUuid: string,
    participants: readonly NewParticipant[],
    touch: MeetingTouch,
  ): Promise<AddParticipantsOutcome> {
    return this.#runImmediate((): AddParticipantsOutcome => {
      if (!this.#statements.getMeeting.get(meetingUuid)) return { outcome: 'meeting-not-found' };
      for (const [index, participant] of participants.entries()) {
        const { type, externalId } = participant;
        if (this.#statements.findParticipant.get(meetingUuid, type, externalId)) {
          return { outcome: 'duplicate', index };
        }
      }
      const added = this.#changeNow(meetingUuid, 'participants', ['participants'], touch, () =>
        participants.map((participant) => this.#insertParticipant(meetingUuid, participant)),
      );
      return { outcome: 'added', participants: added };
    });
  }

  async updateParticipantRole(
    meetingUuid: string,
    participantUuid: string,
    role: ParticipantRole,
    touch: MeetingTouch,
  ): Promise<ParticipantRecord | undefined> {
    return this.#change(meetingUuid, 'participants', ['participants'], touch, () => {
      const row = this.#statements.updateParticipantRole.get(role, meetingUuid, participantUuid);
      return row && toParticipant(row);
    });
  }

  async removeParticipant(
    meetingUuid: string,
    participantUuid: string,
    touch: MeetingTouch,
  ): Promise<boolean> {
    return this.#change(meetingUuid, 'participants', ['participants'], touch, () => {
      return this.#statements.deleteParticipant.run(meetingUuid, participantUuid).changes > 0;
    });
  }

  async takeAppointmentLog(
    clientId: string,
    limit: number,
    now: number,
  ): Promise<{ entries: AppointmentLogRecord[]; hasMore: boolean }> {
    const take = this.#db.transaction(() => {
      const rows = this.#statements.unreadLog.all(clientId, limit + 1);
      const entries = rows.slice(0, limit);
      const last = entries.at(-1);
      if (last) this.#statements.markLogRead.run(now, clientId, last.seq);
      return { entries: entries.map(toLogEntry), hasMore: rows.length > limit };
    });
    // IMMEDIATE takes the write lock before the read, so a second connection on the same file
    // waits instead of reading the same unread entries.
    return take.immediate();
  }

  async searchDirectoryOrganisations(
    search: DirectorySearch,
  ): Promise<DirectoryOrganisationRecord[]> {
    return this.#statements.directoryOrganisations.all(directoryParameters(search));
  }

  async searchDirectoryUsers(search: DirectorySearch): Promise<DirectoryUserRecord[]> {
    return this.#statements.directoryUsers.all(directoryParameters(search));
  }

  async searchDirectoryDevices(search: DirectorySearch): Promise<DirectoryDeviceRecord[]> {
    return this.#statements.directoryDevices.all(directoryParameters(search));
  }

  /**
   * Runs `mutate` in an IMMEDIATE transaction and writes the log entries of the change. Nothing
   * is logged when `mutate` returns undefined or false, because then nothing changed.
   */
  #change<T>(
    meetingUuid: string,
    kind: MeetingChangeKind,
    changedFields: readonly string[],
    touchOrTime: MeetingTouch | string,
    mutate: () => T,
  ): T {
    return this.#runImmediate(() =>
      this.#changeNow(meetingUuid, kind, changedFields, touchOrTime, mutate),
    );
  }

  /**
   * Runs `work` in an IMMEDIATE transaction, then calls the listener's `afterCommit` when `work`
   * passed it a change. better-sqlite3 is synchronous, so no other change can run between
   * the commit and the check of {@link #pendingChanges}.
   */
  #runImmediate<T>(work: () => T): T {
    let result: T;
    let changes = 0;
    try {
      result = this.#db.transaction(work).immediate();
      changes = this.#pendingChanges;
    } finally {
      this.#pendingChanges = 0;
    }
    if (changes > 0) this.#listener?.afterCommit();
    return result;
  }

  /** The body of {@link #change}; the caller holds the transaction. */
  #changeNow<T>(
    meetingUuid: string,
    kind: MeetingChangeKind,
    changedFields: readonly string[],
    touchOrTime: MeetingTouch | string,
    mutate: () => T,
  ): T {
    const before = this.#statements.involvedClients.all({ uuid: meetingUuid });
    const snapshotBefore = this.#listener && this.#snapshot(meetingUuid);
    const result = mutate();
    if (result === undefined || result === false) return result;
    const occurredAt = typeof touchOrTime === 'string' ? touchOrTime : touchOrTime.updatedTime;
    if (typeof touchOrTime !== 'string' && kind === 'participants') {
      const { updatedBy, updatedTime } = touchOrTime;
      this.#statements.touchMeeting.run(
        updatedBy.organisationCode,
        updatedBy.email,
        updatedTime,
        meetingUuid,
      );
    }
    const after = this.#statements.involvedClients.all({ uuid: meetingUuid });
    for (const [clientId, change] of logChanges(kind, before, after)) {
      const fields = change === 'updated' || change === 'participants-changed' ? changedFields : [];
      this.#statements.insertLogEntry.run(
        randomUUID(),
        clientId,
        meetingUuid,
        change,
        JSON.stringify(fields),
        occurredAt,
      );
    }
    this.#notifyListener(meetingUuid, kind, changedFields, occurredAt, snapshotBefore);
    return result;
  }

  /** Passes the change to the listener, inside the caller's transaction. */
  #notifyListener(
    meetingUuid: string,
    kind: MeetingChangeKind,
    changedFields: readonly string[],
    occurredAt: string,
    before: MeetingSnapshot | undefined,
  ): void {
    if (!this.#listener) return;
    const after = kind === 'deleted' ? undefined : this.#snapshot(meetingUuid);
    const meeting = after ?? before;
    // Unreachable while mutate reports a change only for a meeting that exists.
    if (!meeting) throw new Error(`Meeting ${meetingUuid} changed but cannot be read.`);
    const change: MeetingChange = {
      kind,
      meetingUuid,
      ownerOrganisationCode: meeting.ownerOrganisationCode,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      changedFields: kind === 'details' || kind === 'participants' ? changedFields : [],
      occurredAt,
      before: before?.involved ?? [],
      after: after?.involved ?? [],
    };
    this.#listener.inTransaction(change);
    this.#pendingChanges += 1;
  }

  /** Reads what a {@link MeetingChange} reports about the meeting, or undefined without one. */
  #snapshot(meetingUuid: string): MeetingSnapshot | undefined {
    const row = this.#statements.getMeeting.get(meetingUuid);
    if (!row) return undefined;
    return {
      ownerOrganisationCode: row.owner_organisation_code,
      startTime: row.start_time,
      endTime: row.end_time,
      involved: this.#statements.involvedOrganisations.all({ uuid: meetingUuid }),
    };
  }

  #insertParticipant(meetingUuid: string, participant: NewParticipant): ParticipantRecord {
    const row = this.#statements.insertParticipant.get(
      participant.uuid,
      meetingUuid,
      participant.type,
      participant.externalId,
      participant.organisationCode,
      participant.role,
      participant.name,
    );
    return toParticipant(row as ParticipantRow);
  }
}

/** Returns whether `error` is SQLite's unique-constraint failure on `column` (`table.column`). */
function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Database.SqliteError &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes(column)
  );
}

/**
 * Decides each client's entry: a participant change tells newly involved clients `created`,
 * clients no longer involved `uninvited` and the rest `participants-changed`.
 */
function logChanges(
  kind: MeetingChangeKind,
  before: readonly string[],
  after: readonly string[],
): [string, AppointmentLogChange][] {
  if (kind === 'created') return after.map((client) => [client, 'created']);
  if (kind === 'deleted') return before.map((client) => [client, 'deleted']);
  const all = [...new Set([...before, ...after])].sort();
  if (kind === 'details') return all.map((client) => [client, 'updated']);
  const wasInvolved = new Set(before);
  const isInvolved = new Set(after);
  return all.map((client) => {
    if (!wasInvolved.has(client)) return [client, 'created'];
    if (!isInvolved.has(client)) return [client, 'uninvited'];
    return [client, 'participants-changed'];
  });
}

function meetingParameters(meeting: NewMeeting) {
  return {
    uuid: meeting.uuid,
    owner_organisation_code: meeting.ownerOrganisationCode,
    ...detailParameters(meeting),
    external_id: meeting.externalId,
    created_by_organisation: meeting.createdBy.organisationCode,
    created_by_email: meeting.createdBy.email,
    updated_by_organisation: meeting.updatedBy?.organisationCode ?? null,
    updated_by_email: meeting.updatedBy?.email ?? null,
    created_time: meeting.createdTime,
    updated_time: meeting.updatedTime,
    short_id: meeting.shortId,
    uri_with_domain: meeting.uriWithDomain,
    uri_without_domain: meeting.uriWithoutDomain,
  };
}

function detailParameters(details: MeetingDetails) {
  return {
    subject: details.subject,
    description: details.description,
    start_time: details.startTime,
    start_ms: details.startMs,
    end_time: details.endTime,
    project_code: details.projectCode,
    organized_by_organisation: details.organizedBy.organisationCode,
    organized_by_email: details.organizedBy.email,
    labels: JSON.stringify(details.labels),
    guest_pin_required: details.guestPinRequired ? 1 : 0,
    guest_pin: details.guestPin,
    host_pin: details.hostPin,
  };
}

function directoryParameters(search: DirectorySearch) {
  return {
    text: search.text ?? null,
    organisation_name: search.organisationName ?? null,
    after_name: search.after?.name ?? null,
    after_key: search.after?.key ?? null,
    limit: search.limit,
  };
}

function toMeeting(row: MeetingRow): MeetingRecord {
  return {
    seq: row.seq,
    uuid: row.uuid,
    ownerOrganisationCode: row.owner_organisation_code,
    subject: row.subject,
    description: row.description,
    startTime: row.start_time,
    startMs: row.start_ms,
    endTime: row.end_time,
    projectCode: row.project_code,
    externalId: row.external_id,
    organizedBy: { organisationCode: row.organized_by_organisation, email: row.organized_by_email },
    createdBy: { organisationCode: row.created_by_organisation, email: row.created_by_email },
    updatedBy:
      row.updated_by_organisation === null || row.updated_by_email === null
        ? null
        : { organisationCode: row.updated_by_organisation, email: row.updated_by_email },
    createdTime: row.created_time,
    updatedTime: row.updated_time,
    labels: JSON.parse(row.labels),
    guestPinRequired: row.guest_pin_required === 1,
    shortId: row.short_id,
    uriWithDomain: row.uri_with_domain,
    uriWithoutDomain: row.uri_without_domain,
    guestPin: row.guest_pin,
    hostPin: row.host_pin,
  };
}

function toParticipant(row: ParticipantRow): ParticipantRecord {
  return {
    seq: row.seq,
    uuid: row.uuid,
    meetingUuid: row.meeting_uuid,
    type: row.type,
    externalId: row.external_id,
    organisationCode: row.organisation_code,
    role: row.role,
    name: row.name,
  };
}

function toLogEntry(row: LogRow): AppointmentLogRecord {
  return {
    seq: row.seq,
    id: row.id,
    clientId: row.client_id,
    appointmentId: row.appointment_id,
    change: row.change,
    changedFields: JSON.parse(row.changed_fields),
    occurredAt: row.occurred_at,
  };
}
