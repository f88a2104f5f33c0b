-- Venues, institutions and events, with their search indexes.
-- AUTOINCREMENT everywhere: an id is never reused after a delete, because
-- calendar apps key events on it (ICS UID) and clients cache records by it.

CREATE TABLE venues (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name_en TEXT NOT NULL DEFAULT '',
  name_es TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  country TEXT CHECK (country IS NULL OR country GLOB '[A-Z][A-Z]'),
  address TEXT,
  CHECK (name_en <> '' OR name_es <> '')
);

CREATE TABLE institutions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name_en TEXT NOT NULL DEFAULT '',
  name_es TEXT NOT NULL DEFAULT '',
  acronym_en TEXT NOT NULL DEFAULT '',
  acronym_es TEXT NOT NULL DEFAULT '',
  CHECK (name_en <> '' OR name_es <> '')
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title_en TEXT NOT NULL DEFAULT '',
  title_es TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  description_es TEXT NOT NULL DEFAULT '',
  -- docs/decisions/001-objectives-as-json.md
  objectives TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(objectives) AND json_type(objectives) = 'array'),
  -- date(x) = x rejects 2026-02-30, which date() would roll over to March.
  start_date TEXT CHECK (start_date IS NULL OR (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(start_date) = start_date)),
  end_date TEXT CHECK (end_date IS NULL OR (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(end_date) = end_date)),
  modality TEXT NOT NULL DEFAULT 'in_person' CHECK (modality IN ('in_person', 'virtual', 'hybrid')),
  city TEXT NOT NULL DEFAULT '',
  venue_id INTEGER REFERENCES venues (id) ON DELETE RESTRICT,
  contact_emails TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contact_emails) AND json_type(contact_emails) = 'array'),
  contact_phones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contact_phones) AND json_type(contact_phones) = 'array'),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
  has_unpublished_changes INTEGER NOT NULL DEFAULT 0 CHECK (has_unpublished_changes IN (0, 1)),
  published_at TEXT,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- users arrive with sign-in; their foreign keys come with that migration's table.
  created_by INTEGER,
  updated_by INTEGER,
  -- Sort and filter keys, written by the repository: SQLite's NOCASE folds
  -- ASCII only, and a custom collation could not be used by other tools.
  sort_title TEXT NOT NULL DEFAULT '',
  sort_title_en TEXT NOT NULL DEFAULT '',
  sort_title_es TEXT NOT NULL DEFAULT '',
  city_key TEXT NOT NULL DEFAULT '',
  CHECK (title_en <> '' OR title_es <> ''),
  CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date))
);

CREATE INDEX events_start_date ON events (start_date, id);
CREATE INDEX events_end_date ON events (coalesce(end_date, start_date), id);
CREATE INDEX events_status_start_date ON events (status, start_date);
CREATE INDEX events_modality ON events (modality);
CREATE INDEX events_city_key ON events (city_key);
CREATE INDEX events_venue ON events (venue_id);
CREATE INDEX events_sort_title ON events (sort_title, id);
CREATE INDEX events_sort_title_en ON events (sort_title_en, id);
CREATE INDEX events_sort_title_es ON events (sort_title_es, id);
CREATE INDEX events_created_at ON events (created_at);
CREATE INDEX events_updated_at ON events (updated_at);
CREATE INDEX events_unpublished_changes ON events (id) WHERE has_unpublished_changes = 1;

CREATE TABLE event_institutions (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  institution_id INTEGER NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (event_id, position),
  UNIQUE (event_id, institution_id)
) WITHOUT ROWID;

CREATE INDEX event_institutions_institution ON event_institutions (institution_id, event_id);

-- Contentless full-text indexes (rowid = the record's id), kept by the
-- repositories. remove_diacritics 2: "migracion" finds "migración".
CREATE VIRTUAL TABLE events_fts USING fts5 (
  title, body, place, institutions,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE VIRTUAL TABLE venues_fts USING fts5 (
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE institutions_fts USING fts5 (
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
