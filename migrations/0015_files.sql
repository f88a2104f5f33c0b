-- Documents and images attached to events (issue 18 §1, docs/decisions/020-files.md).

-- One upload. The content is on disk under UPLOADS_PATH by its SHA-256, so
-- the same content uploaded twice is stored once; each upload keeps its own
-- name. A row never changes: replacing a document is uploading another file.
CREATE TABLE files (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  bytes INTEGER NOT NULL CHECK (bytes >= 0),
  width INTEGER,
  height INTEGER,
  created_by INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX files_sha256 ON files (sha256);
CREATE INDEX files_created_at ON files (created_at);

-- The working copy's documents, in display order. A referenced file cannot
-- be deleted (no ON DELETE on file_id).
CREATE TABLE event_documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  file_id INTEGER NOT NULL REFERENCES files (id),
  position INTEGER NOT NULL,
  title_en TEXT NOT NULL,
  title_es TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agenda', 'concept_note', 'presentation', 'report', 'declaration', 'photo', 'other')),
  language TEXT NOT NULL CHECK (language IN ('en', 'es', 'both'))
);
CREATE INDEX event_documents_event ON event_documents (event_id, position);
CREATE INDEX event_documents_file ON event_documents (file_id);

ALTER TABLE events ADD COLUMN image_file_id INTEGER REFERENCES files (id);
CREATE INDEX events_image_file ON events (image_file_id) WHERE image_file_id IS NOT NULL;

-- The files each revision names, kept by trigger from its snapshot: the
-- cleanup keeps a file that a revision of an existing event may bring back.
CREATE TABLE revision_files (
  file_id INTEGER NOT NULL,
  revision_id INTEGER NOT NULL,
  event_id INTEGER NOT NULL,
  PRIMARY KEY (file_id, revision_id)
) WITHOUT ROWID;

CREATE TRIGGER revision_files_on_insert AFTER INSERT ON event_revisions BEGIN
  INSERT OR IGNORE INTO revision_files (file_id, revision_id, event_id)
    SELECT json_extract(value, '$.fileId'), NEW.id, NEW.event_id FROM json_each(NEW.data, '$.documents')
    UNION
    SELECT json_extract(NEW.data, '$.imageFileId'), NEW.id, NEW.event_id WHERE json_extract(NEW.data, '$.imageFileId') IS NOT NULL;
END;

-- The files each public copy names, kept by trigger: the only files served
-- without a session, and never removed by the cleanup.
CREATE TABLE public_copy_files (
  file_id INTEGER NOT NULL,
  event_id INTEGER NOT NULL,
  PRIMARY KEY (file_id, event_id)
) WITHOUT ROWID;
CREATE INDEX public_copy_files_event ON public_copy_files (event_id);

CREATE TRIGGER public_copy_files_on_insert AFTER INSERT ON event_public_copies BEGIN
  INSERT OR IGNORE INTO public_copy_files (file_id, event_id)
    SELECT json_extract(value, '$.fileId'), NEW.event_id FROM json_each(NEW.data, '$.documents')
    UNION
    SELECT json_extract(NEW.data, '$.image.fileId'), NEW.event_id WHERE json_extract(NEW.data, '$.image.fileId') IS NOT NULL;
END;

CREATE TRIGGER public_copy_files_on_update AFTER UPDATE ON event_public_copies BEGIN
  DELETE FROM public_copy_files WHERE event_id = OLD.event_id;
  INSERT OR IGNORE INTO public_copy_files (file_id, event_id)
    SELECT json_extract(value, '$.fileId'), NEW.event_id FROM json_each(NEW.data, '$.documents')
    UNION
    SELECT json_extract(NEW.data, '$.image.fileId'), NEW.event_id WHERE json_extract(NEW.data, '$.image.fileId') IS NOT NULL;
END;

CREATE TRIGGER public_copy_files_on_delete AFTER DELETE ON event_public_copies BEGIN
  DELETE FROM public_copy_files WHERE event_id = OLD.event_id;
END;

-- Copies published before files existed have none.
UPDATE event_public_copies SET data = json_insert(data, '$.documents', json('[]'), '$.image', json('null'))
  WHERE json_type(data, '$.documents') IS NULL;
