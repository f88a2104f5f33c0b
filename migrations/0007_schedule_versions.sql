-- A schedule is tied to the event's version it was set on: its publish
-- releases that version and no other (decision 013). A change to the event
-- cancels the publish and the row keeps why, when and by whom, so whoever set
-- it sees it in the schedules list until they schedule again or clear it.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt.
CREATE TABLE event_schedules_new (
  event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  publish_at TEXT,
  unpublish_at TEXT,
  version INTEGER NOT NULL,
  user_id INTEGER,
  updated_at TEXT NOT NULL,
  cancelled_at TEXT,
  cancelled_by INTEGER,
  cancelled_reason TEXT,
  cancelled_publish_at TEXT,
  cancelled_version INTEGER,
  CHECK (publish_at IS NOT NULL OR unpublish_at IS NOT NULL OR cancelled_at IS NOT NULL),
  CHECK ((cancelled_at IS NULL) = (cancelled_reason IS NULL))
);

-- Schedules set before versions existed are tied to the version the event has now.
INSERT INTO event_schedules_new (event_id, publish_at, unpublish_at, version, user_id, updated_at)
SELECT s.event_id, s.publish_at, s.unpublish_at, e.version, s.user_id, s.updated_at
FROM event_schedules s JOIN events e ON e.id = s.event_id;

DROP TABLE event_schedules;
ALTER TABLE event_schedules_new RENAME TO event_schedules;
