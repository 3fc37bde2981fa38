-- Per-organisation webhooks and the events raised for them. Each receiving webhook gets its own
-- event, so one row of webhook_events is both the event (its exact JSON body) and the state of
-- its delivery. next_attempt_at is integer milliseconds since the Unix epoch.

CREATE TABLE webhooks (
  organisation_code TEXT PRIMARY KEY REFERENCES organisations (code),
  url TEXT NOT NULL,
  secret TEXT NOT NULL, -- the HMAC key; kept in plain text because every attempt signs with it
  endpoint_key TEXT,
  max_attempts INTEGER NOT NULL CHECK (max_attempts BETWEEN 1 AND 20),
  created_time TEXT NOT NULL,
  updated_time TEXT NOT NULL
);

-- seq orders events as they were raised: the delivery log lists newest first, and among pending
-- events with the same (organisation_code, order_key) only the lowest seq may be attempted.
CREATE TABLE webhook_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  organisation_code TEXT NOT NULL, -- the organisation whose webhook receives the event
  type TEXT NOT NULL,
  order_key TEXT, -- such as device:<id>; NULL for events without an order
  body TEXT NOT NULL,
  created_time TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_status_code INTEGER,
  last_error TEXT,
  latency_ms INTEGER,
  next_attempt_at INTEGER,
  delivered_time TEXT
);
CREATE INDEX webhook_events_log ON webhook_events (organisation_code, seq);
CREATE INDEX webhook_events_pending ON webhook_events (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_events_order ON webhook_events (organisation_code, order_key, seq)
  WHERE status = 'pending';
