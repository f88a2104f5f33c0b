-- Accounts and sessions, the public copies of events, revisions, schedules,
-- presence, and the append-only audit log (docs/decisions/004-accounts-workflow-audit.md).

CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL,
  -- lower-cased email: one account per address, whatever the case typed
  email_key TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- "scrypt$N$r$p$salt$hash" (base64): the parameters travel with the hash
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Only the SHA-256 of the session token is stored: a copy of the database
-- does not let anyone sign in.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY,
  email_key TEXT NOT NULL,
  address TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email_key, at);
CREATE INDEX login_failures_address ON login_failures (address, at);

-- How many times an event has been published: the ICS SEQUENCE of its public copy.
ALTER TABLE events ADD COLUMN publish_count INTEGER NOT NULL DEFAULT 0;

-- What the public exports serve: written on publish only, removed on unpublish,
-- archive or delete. `data` is the public JSON shape without `url`.
CREATE TABLE event_public_copies (
  event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  data TEXT NOT NULL CHECK (json_valid(data)),
  start_date TEXT,
  end_date TEXT,
  published_at TEXT NOT NULL,
  sequence INTEGER NOT NULL
);

-- Immutable snapshots; kept after the event is deleted (no foreign key), so history survives.
CREATE TABLE event_revisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  action TEXT NOT NULL,
  user_id INTEGER,
  created_at TEXT NOT NULL,
  comment TEXT,
  data TEXT NOT NULL CHECK (json_valid(data))
);
CREATE INDEX event_revisions_event ON event_revisions (event_id, id);

CREATE TRIGGER event_revisions_no_update BEFORE UPDATE ON event_revisions
BEGIN
  SELECT RAISE(ABORT, 'event_revisions is append-only');
END;

CREATE TABLE event_schedules (
  event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  publish_at TEXT,
  unpublish_at TEXT,
  user_id INTEGER,
  updated_at TEXT NOT NULL,
  CHECK (publish_at IS NOT NULL OR unpublish_at IS NOT NULL)
);

CREATE TABLE event_presence (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  since TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  PRIMARY KEY (event_id, user_id)
) WITHOUT ROWID;

-- Each entry's hash = SHA-256(previous hash + its canonical content); `npm run audit:verify` checks the chain.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  user_id INTEGER,
  action TEXT NOT NULL,
  target_type TEXT,
  target_id INTEGER,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_created_at ON audit_log (created_at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
