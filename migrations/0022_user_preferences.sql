-- Each user's list preferences, kept on the server so that they follow the
-- user from browser to browser and survive signing out
-- (docs/decisions/025-list-preferences-per-user.md): a list's remembered
-- sort, filter and page size, and its saved queries, by react-admin's store key.
CREATE TABLE user_preferences (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
) WITHOUT ROWID;
