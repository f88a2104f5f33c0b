-- A session is full, or waits for its second factor: 'verify' (the user has one: a code is due) or 'enrol' (their role
-- must have one and they have none yet). A waiting session opens only the second-factor calls (decision 016).
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full' CHECK (stage IN ('full', 'verify', 'enrol'));

-- One TOTP factor per user. `secret` is sealed with AES-256-GCM under the server's MFA key (never stored or returned
-- in clear after enrolment); `confirmed_at` is null until a first code proves the app has it; `last_step` is the
-- RFC 6238 time step of the last code accepted, so no code works twice.
CREATE TABLE mfa_factors (
  user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  last_step INTEGER
);

-- Ten single-use recovery codes per confirmed factor, as SHA-256 of the normalised code (80 random bits each).
CREATE TABLE mfa_recovery_codes (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at TEXT,
  PRIMARY KEY (user_id, code_hash)
) WITHOUT ROWID;
