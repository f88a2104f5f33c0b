-- Presidencies, event types, networks and the member states (issue 18 §3,
-- docs/decisions/022-presidencies-types-networks.md). New tables and new
-- columns with defaults: every existing row stays as it was, and gets the
-- presidency whose period holds its start date.

-- The eleven RCM member states: fixed, read-only through the API.
CREATE TABLE countries (
  code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z]'),
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

INSERT INTO countries (code, name_en, name_es, position) VALUES
  ('BZ', 'Belize', 'Belice', 1),
  ('CA', 'Canada', 'Canadá', 2),
  ('CR', 'Costa Rica', 'Costa Rica', 3),
  ('DO', 'Dominican Republic', 'República Dominicana', 4),
  ('SV', 'El Salvador', 'El Salvador', 5),
  ('GT', 'Guatemala', 'Guatemala', 6),
  ('HN', 'Honduras', 'Honduras', 7),
  ('MX', 'Mexico', 'México', 8),
  ('NI', 'Nicaragua', 'Nicaragua', 9),
  ('PA', 'Panama', 'Panamá', 10),
  ('US', 'United States', 'Estados Unidos', 11);

-- Periods never overlap (the service refuses it), so a date has at most one presidency.
CREATE TABLE presidencies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  country_code TEXT NOT NULL REFERENCES countries (code),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  theme_en TEXT NOT NULL DEFAULT '',
  theme_es TEXT NOT NULL DEFAULT '',
  CHECK (start_date <= end_date)
);
CREATE INDEX presidencies_period ON presidencies (start_date, end_date);

CREATE TABLE event_types (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name_en TEXT NOT NULL DEFAULT '',
  name_es TEXT NOT NULL DEFAULT '',
  CHECK (name_en <> '' OR name_es <> '')
);

CREATE TABLE networks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name_en TEXT NOT NULL DEFAULT '',
  name_es TEXT NOT NULL DEFAULT '',
  acronym_en TEXT NOT NULL DEFAULT '',
  acronym_es TEXT NOT NULL DEFAULT '',
  CHECK (name_en <> '' OR name_es <> '')
);

-- The lookup tables' search indexes (server/src/lookup-tables/): one row per record, its texts joined by line breaks.
CREATE VIRTUAL TABLE presidencies_fts USING fts5 (
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE event_types_fts USING fts5 (
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE networks_fts USING fts5 (
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- The demo calendar's (and the legacy page's) presidency.
INSERT INTO presidencies (id, country_code, start_date, end_date, theme_en, theme_es)
  VALUES (1, 'SV', '2026-01-01', '2026-12-31', '', '');
INSERT INTO presidencies_fts (rowid, text) VALUES (1, 'SV' || char(10) || '2026-01-01' || char(10) || '2026-12-31' || char(10) || char(10));

INSERT INTO event_types (id, name_en, name_es) VALUES
  (1, 'Vice-ministerial meeting', 'Reunión viceministerial'),
  (2, 'RCGM meeting', 'Reunión del GRCM'),
  (3, 'Workshop', 'Taller'),
  (4, 'Seminar', 'Seminario'),
  (5, 'Forum', 'Foro'),
  (6, 'Meeting', 'Reunión');
INSERT INTO event_types_fts (rowid, text) SELECT id, name_en || char(10) || name_es FROM event_types;

-- RNCOM and RROCM are one network: its English and its Spanish acronym.
INSERT INTO networks (id, name_en, name_es, acronym_en, acronym_es) VALUES
  (1, 'Regional Network for Civil Organizations on Migration', 'Red Regional de Organizaciones Civiles para las Migraciones', 'RNCOM', 'RROCM'),
  (2, 'Liaison Officer Network for Consular Protection', 'Red de Funcionarios de Enlace para la Protección Consular', '', '');
INSERT INTO networks_fts (rowid, text)
  SELECT id, name_en || char(10) || name_es || char(10) || acronym_en || char(10) || acronym_es FROM networks;

-- presidency_auto = 1: the server chose the presidency (from the start date) and chooses again when the date changes;
-- 0: the editor picked it.
ALTER TABLE events ADD COLUMN presidency_id INTEGER REFERENCES presidencies (id);
ALTER TABLE events ADD COLUMN presidency_auto INTEGER NOT NULL DEFAULT 1 CHECK (presidency_auto IN (0, 1));
ALTER TABLE events ADD COLUMN type_id INTEGER REFERENCES event_types (id);
CREATE INDEX events_presidency ON events (presidency_id, start_date);
CREATE INDEX events_type ON events (type_id, start_date);

CREATE TABLE event_countries (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  country_code TEXT NOT NULL REFERENCES countries (code),
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (event_id, position),
  UNIQUE (event_id, country_code)
) WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries (country_code, event_id);

CREATE TABLE event_networks (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (event_id, position),
  UNIQUE (event_id, network_id)
) WITHOUT ROWID;
CREATE INDEX event_networks_network ON event_networks (network_id, event_id);

-- The public copies keep the ids they were published with, for the public filters.
ALTER TABLE event_public_copies ADD COLUMN presidency_id INTEGER;
ALTER TABLE event_public_copies ADD COLUMN type_id INTEGER;
ALTER TABLE event_public_copies ADD COLUMN country_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(country_codes));
ALTER TABLE event_public_copies ADD COLUMN network_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(network_ids));
CREATE INDEX event_public_copies_presidency ON event_public_copies (presidency_id);
CREATE INDEX event_public_copies_type ON event_public_copies (type_id);

-- Existing events: the presidency whose period holds the start date (today's for an undated one).
UPDATE events SET presidency_id = (
  SELECT p.id FROM presidencies p WHERE coalesce(events.start_date, date('now')) BETWEEN p.start_date AND p.end_date
);
UPDATE event_public_copies SET
  presidency_id = (SELECT e.presidency_id FROM events e WHERE e.id = event_public_copies.event_id),
  data = json_set(data,
    '$.presidency', json((
      SELECT json_object('country', json_object('code', c.code, 'name', json_object('en', c.name_en, 'es', c.name_es)),
        'startDate', p.start_date, 'endDate', p.end_date, 'theme', json_object('en', p.theme_en, 'es', p.theme_es))
      FROM events e JOIN presidencies p ON p.id = e.presidency_id JOIN countries c ON c.code = p.country_code
      WHERE e.id = event_public_copies.event_id)),
    '$.type', NULL,
    '$.countries', json('[]'),
    '$.networks', json('[]'));
