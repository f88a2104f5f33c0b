-- The public feeds read their rows in three keyset-paged segments (upcoming
-- by start date, undated, past latest first; ties by id): one index per order,
-- so each page of a full stream is a seek, not a sort of every public copy.
CREATE INDEX event_public_copies_upcoming ON event_public_copies (start_date, event_id);
CREATE INDEX event_public_copies_past ON event_public_copies (start_date DESC, event_id);
