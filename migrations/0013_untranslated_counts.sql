-- How many of an event's texts are written in the other language only
-- (untranslatedTexts in shared/src/translation.ts), kept by the repository on
-- every write so that the `incompleteLanguage` filter and the dashboard's
-- counts read a column instead of parsing every event's objectives.
ALTER TABLE events ADD COLUMN untranslated_en INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN untranslated_es INTEGER NOT NULL DEFAULT 0;

-- The existing events, counted in SQL: the description's markup is stripped
-- of the empty paragraphs the editor leaves, which is all a cleared text holds.
UPDATE events SET
  untranslated_en =
    (title_en = '' AND title_es <> '')
    + (trim(replace(replace(replace(replace(description_en, '<p>', ''), '</p>', ''), '<br>', ''), '&nbsp;', '')) = ''
       AND trim(replace(replace(replace(replace(description_es, '<p>', ''), '</p>', ''), '<br>', ''), '&nbsp;', '')) <> '')
    + (SELECT count(*) FROM json_tree(objectives) t
       WHERE t.type = 'object' AND json_type(t.value, '$.en') = 'text' AND json_type(t.value, '$.es') = 'text'
         AND trim(json_extract(t.value, '$.en')) = '' AND trim(json_extract(t.value, '$.es')) <> ''),
  untranslated_es =
    (title_es = '' AND title_en <> '')
    + (trim(replace(replace(replace(replace(description_es, '<p>', ''), '</p>', ''), '<br>', ''), '&nbsp;', '')) = ''
       AND trim(replace(replace(replace(replace(description_en, '<p>', ''), '</p>', ''), '<br>', ''), '&nbsp;', '')) <> '')
    + (SELECT count(*) FROM json_tree(objectives) t
       WHERE t.type = 'object' AND json_type(t.value, '$.en') = 'text' AND json_type(t.value, '$.es') = 'text'
         AND trim(json_extract(t.value, '$.es')) = '' AND trim(json_extract(t.value, '$.en')) <> '');

-- Few events are incomplete at a time: partial indexes stay small.
CREATE INDEX events_untranslated_en ON events (id) WHERE untranslated_en > 0;
CREATE INDEX events_untranslated_es ON events (id) WHERE untranslated_es > 0;
