-- The addresses each account has signed in from: the per-account limit on failed sign-ins never applies to them,
-- so an attacker spread over many addresses cannot lock a user out where they usually work (decision 014).
CREATE TABLE sign_in_addresses (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  address TEXT NOT NULL,
  last_at TEXT NOT NULL,
  PRIMARY KEY (user_id, address)
) WITHOUT ROWID;
CREATE INDEX sign_in_addresses_last ON sign_in_addresses (last_at);

-- login_failures now also holds the attempts being checked (recorded before the password hash, removed on success).
CREATE INDEX login_failures_at ON login_failures (at);
