-- Times, time zones and meeting links (issue 18 §2, docs/contract.md "Times
-- and meeting links"). Every column has a default, so the existing events
-- stay all-day events without a link, as they were.
ALTER TABLE events ADD COLUMN start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE events ADD COLUMN end_time TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE events ADD COLUMN time_zone TEXT;
ALTER TABLE events ADD COLUMN meeting_url TEXT;
ALTER TABLE events ADD COLUMN meeting_url_public INTEGER NOT NULL DEFAULT 0 CHECK (meeting_url_public IN (0, 1));

-- The zone of each timed public copy, so the iCalendar feed finds the zones it
-- must describe (one VTIMEZONE each, over the years of their events) from a
-- small index instead of parsing every copy.
ALTER TABLE event_public_copies ADD COLUMN time_zone TEXT;
CREATE INDEX event_public_copies_time_zone ON event_public_copies (time_zone, start_date, end_date)
  WHERE time_zone IS NOT NULL;

-- The copies published before: all day, no link, the public shape's new keys
-- present (the update bumps the feeds' state, so cached feeds are refetched).
UPDATE event_public_copies
  SET data = json_set(data, '$.startTime', NULL, '$.endTime', NULL, '$.timeZone', NULL, '$.meetingUrl', NULL);
