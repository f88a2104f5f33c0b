-- The longest span of days of an event, working copy and public copy: an
-- event that is still under way on a day D started at most that many days
-- before D, so "ends on or after D" becomes a range of the start-date index
-- (max() of an indexed expression is a single seek). Without this bound a
-- calendar month, the dashboard's upcoming events and the public calendar's
-- first page walked every earlier event's row.
CREATE INDEX events_span_days ON events (julianday(coalesce(end_date, start_date)) - julianday(start_date));
CREATE INDEX event_public_copies_span_days
  ON event_public_copies (julianday(coalesce(end_date, start_date)) - julianday(start_date));
