-- Where each event imported from a JSON or CSV export came from: the `url`
-- it had in that export (docs/decisions/007-round-trip-import.md), so that
-- importing the same file again updates the event instead of adding a copy.
CREATE TABLE event_import_keys (
  source_key TEXT PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE
);

CREATE INDEX event_import_keys_event ON event_import_keys (event_id);
