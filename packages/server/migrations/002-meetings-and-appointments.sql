-- VideoAPI meetings with their rooms and participants, the VDX users that the directory lists
-- and that meetings invite, and each OAuth client's appointment log.

CREATE TABLE users (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  name TEXT NOT NULL,
  organisation_code TEXT NOT NULL REFERENCES organisations (code),
  created_time TEXT NOT NULL
);
CREATE INDEX users_organisation ON users (organisation_code);

-- seq anchors page cursors. start_ms is start_time as milliseconds since the Unix epoch, so that
-- times with different offsets sort and compare correctly.
CREATE TABLE meetings (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  owner_organisation_code TEXT NOT NULL REFERENCES organisations (code),
  subject TEXT NOT NULL,
  description TEXT,
  start_time TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  end_time TEXT NOT NULL,
  project_code TEXT,
  external_id TEXT,
  organized_by_organisation TEXT NOT NULL,
  organized_by_email TEXT NOT NULL,
  created_by_organisation TEXT NOT NULL,
  created_by_email TEXT NOT NULL,
  updated_by_organisation TEXT,
  updated_by_email TEXT,
  created_time TEXT NOT NULL,
  updated_time TEXT NOT NULL,
  labels TEXT NOT NULL, -- JSON array of strings
  guest_pin_required INTEGER NOT NULL CHECK (guest_pin_required IN (0, 1)),
  short_id TEXT NOT NULL UNIQUE,
  uri_with_domain TEXT NOT NULL UNIQUE,
  uri_without_domain TEXT NOT NULL,
  guest_pin INTEGER NOT NULL,
  host_pin INTEGER NOT NULL,
  CHECK (guest_pin <> host_pin)
);
CREATE INDEX meetings_owner ON meetings (owner_organisation_code, start_ms);
CREATE INDEX meetings_start ON meetings (start_ms, seq);
CREATE UNIQUE INDEX meetings_external_id ON meetings (owner_organisation_code, external_id)
  WHERE external_id IS NOT NULL;

-- external_id is lower-cased for e-mail addresses, so the unique key catches a user or citizen
-- invited twice with different capitalisation. organisation_code is NULL for a citizen.
CREATE TABLE meeting_participants (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  meeting_uuid TEXT NOT NULL REFERENCES meetings (uuid) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('ORGANISATION', 'USER', 'DEVICE', 'CITIZEN')),
  external_id TEXT NOT NULL,
  organisation_code TEXT,
  role TEXT NOT NULL CHECK (role IN ('GUEST', 'HOST')),
  name TEXT,
  UNIQUE (meeting_uuid, type, external_id)
);
CREATE INDEX meeting_participants_organisation ON meeting_participants (organisation_code);
CREATE INDEX meeting_participants_external_id ON meeting_participants (type, external_id);

-- One row per notification and client. appointment_id has no foreign key because entries about
-- a deleted meeting outlive it. read_at (milliseconds since the Unix epoch) is set when the
-- client takes the entry.
CREATE TABLE appointment_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  client_id TEXT NOT NULL REFERENCES clients (client_id) ON DELETE CASCADE,
  appointment_id TEXT NOT NULL,
  change TEXT NOT NULL
    CHECK (change IN ('created', 'updated', 'participants-changed', 'uninvited', 'deleted')),
  changed_fields TEXT NOT NULL, -- JSON array of field names
  occurred_at TEXT NOT NULL,
  read_at INTEGER
);
CREATE INDEX appointment_log_unread ON appointment_log (client_id, seq) WHERE read_at IS NULL;
