-- Notices to users about events (docs/decisions/019-notifications.md): the
-- in-app list with its read state, each user's e-mail preference, and the
-- queue of outgoing mails, sent and retried by the mail worker.

-- The type and the data the sentence is built from, never the sentence: it is
-- written when read, in the reader's language.
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  event_id INTEGER NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data)),
  created_at TEXT NOT NULL,
  read_at TEXT,
  -- set while the notice waits for its user's daily digest
  awaiting_digest INTEGER NOT NULL DEFAULT 0 CHECK (awaiting_digest IN (0, 1))
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_digest ON notifications (user_id) WHERE awaiting_digest = 1;

-- A user without a row has the defaults: immediate mails, in English.
CREATE TABLE notification_preferences (
  user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  email TEXT NOT NULL CHECK (email IN ('immediate', 'daily', 'none')),
  language TEXT NOT NULL CHECK (language IN ('en', 'es')),
  -- the UTC day of the last digest queued
  digest_day TEXT
);

-- One mail to one user: one notice (immediate) or a day's (digest). Its text
-- is written when it is sent, in the user's language then.
CREATE TABLE outgoing_mails (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('notice', 'digest')),
  notification_ids TEXT NOT NULL CHECK (json_valid(notification_ids)),
  status TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  -- while in_progress: after this time the worker that claimed it is presumed dead
  lease_until TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outgoing_mails_due ON outgoing_mails (status, next_attempt_at);
