-- The public calendar's search (/calendar?q=): a full-text index of the
-- public copies only, never of the working copies, so a word that is only in
-- an unpublished edit finds nothing. Contentless like events_fts (rowid = the
-- event's id) with the same tokenizer: "reunion" finds "Reunión". Rows are
-- written with each publish (server/src/public/public-search.repository.ts),
-- which also fills the index for the copies published before it existed.
CREATE VIRTUAL TABLE public_copies_fts USING fts5 (
  title, body, place, institutions,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

-- A copy removed by any path (unpublish, archive, or the event's delete
-- cascading) leaves the index with it.
CREATE TRIGGER public_copies_fts_on_delete AFTER DELETE ON event_public_copies BEGIN
  DELETE FROM public_copies_fts WHERE rowid = old.event_id;
END;

-- The Atom feed reads the newest publications first.
CREATE INDEX event_public_copies_published ON event_public_copies (published_at DESC, event_id);
