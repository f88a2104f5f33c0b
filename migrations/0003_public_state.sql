-- The state of what the public feeds show: bumped by every write to the
-- public copies (publish, republish, unpublish, archive, delete), removals
-- included, so the feeds' ETag and Last-Modified change with any of them.
CREATE TABLE public_feed_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  changed_at TEXT NOT NULL
);

INSERT INTO public_feed_state (id, version, changed_at) VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TRIGGER public_feed_state_on_insert AFTER INSERT ON event_public_copies BEGIN
  UPDATE public_feed_state SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER public_feed_state_on_update AFTER UPDATE ON event_public_copies BEGIN
  UPDATE public_feed_state SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;

CREATE TRIGGER public_feed_state_on_delete AFTER DELETE ON event_public_copies BEGIN
  UPDATE public_feed_state SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
END;
