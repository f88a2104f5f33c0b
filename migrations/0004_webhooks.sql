-- Webhooks: URLs that get a signed JSON notice when what the public sees
-- changes, and the queue of those notices (docs/decisions/006-webhooks.md).

CREATE TABLE webhooks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  -- JSON array of the notice types wanted: published, republished, unpublished, archived
  notices TEXT NOT NULL CHECK (json_valid(notices)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- the HMAC key the receiver verifies signatures with; shown to admins, rotated by them
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One row per notice and webhook. `body` is the exact JSON sent, fixed at the
-- first attempt so every retry and redelivery sends the same bytes.
CREATE TABLE webhook_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  webhook_id INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  event_id INTEGER,
  -- the notice without the links (they need the public site's address, known to the worker)
  notice TEXT NOT NULL CHECK (json_valid(notice)),
  body TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'succeeded', 'failed')),
  -- attempts since it was last queued (the retry budget); the attempts table keeps them all
  round_attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  -- while in_progress: after this time the worker that claimed it is presumed dead
  lease_until TEXT,
  created_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);

CREATE TABLE webhook_delivery_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  status_code INTEGER,
  -- the first characters of the response body
  response_body TEXT,
  error TEXT
);
CREATE INDEX webhook_delivery_attempts_delivery ON webhook_delivery_attempts (delivery_id, id);
