-- The realm, the organisation tree, devices with their credentials and queues, and stored
-- idempotent responses. Times shown to clients are RFC 3339 text; expiry times that the server
-- compares are integer milliseconds since the Unix epoch.

CREATE TABLE organisations (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  parent_code TEXT REFERENCES organisations (code),
  created_time TEXT NOT NULL
);

CREATE TABLE clients (
  client_id TEXT PRIMARY KEY,
  secret_hash TEXT NOT NULL,
  organisation_code TEXT NOT NULL REFERENCES organisations (code),
  roles TEXT NOT NULL, -- JSON array of role names
  refresh_tokens INTEGER NOT NULL CHECK (refresh_tokens IN (0, 1)),
  email TEXT NOT NULL
);

CREATE TABLE signing_keys (
  kid TEXT PRIMARY KEY,
  private_jwk TEXT NOT NULL,
  public_jwk TEXT NOT NULL,
  created_time TEXT NOT NULL
);

-- Refresh tokens are single-use: a token is spent by setting used_at. Tokens renewed from one
-- another share a family_id, so a reused token can revoke the whole family.
CREATE TABLE refresh_tokens (
  jti TEXT PRIMARY KEY,
  family_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients (client_id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- seq orders devices by creation (newest first in lists) and anchors page cursors.
CREATE TABLE devices (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT,
  organisation_code TEXT NOT NULL REFERENCES organisations (code),
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
  login_id TEXT NOT NULL UNIQUE,
  password_hash TEXT,
  metadata TEXT NOT NULL, -- JSON object of string labels
  created_time TEXT NOT NULL,
  updated_time TEXT NOT NULL
);
CREATE INDEX devices_organisation ON devices (organisation_code, seq);

-- One-click login codes, stored as SHA-256 hashes of the code.
CREATE TABLE device_login_codes (
  code_hash TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX device_login_codes_device ON device_login_codes (device_id);

-- Both queues of every device. seq gives FIFO order, independent of clock resolution.
CREATE TABLE queue_items (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  queue TEXT NOT NULL CHECK (queue IN ('meetings', 'messages')),
  payload TEXT NOT NULL, -- JSON object of the enqueued fields
  enqueued_time TEXT NOT NULL
);
CREATE INDEX queue_items_device_queue ON queue_items (device_id, queue, seq);

-- Responses stored per (caller, Idempotency-Key). A row whose status is NULL is a request still
-- in progress.
CREATE TABLE idempotency_keys (
  subject TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER,
  headers TEXT,
  body TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (subject, idempotency_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
