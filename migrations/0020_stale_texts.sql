-- Texts marked "may be out of date" in one language because the other
-- language's text changed after it was written (staleTextsAfter in
-- shared/src/translation.ts): a JSON array of {path, language}. Existing
-- events start with none.
ALTER TABLE events ADD COLUMN stale_texts TEXT NOT NULL DEFAULT '[]';
