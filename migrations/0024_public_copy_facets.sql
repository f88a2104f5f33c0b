-- The countries and networks of each public copy, one row per pair, beside
-- the copy's JSON arrays (country_codes, network_ids): the public calendar's
-- country and network options and filters read these by index
-- (server/src/public/public-taxonomy.repository.ts) instead of the JSON of
-- every copy. Keyed by value first: "is there a copy with this country" is
-- one seek, and a filter finds its copies as a range. The triggers keep them
-- equal to the arrays on every insert, update and delete of a copy,
-- whichever code path (publish, unpublish, archive, delete's cascade,
-- presidency reassignment, import, restore) writes it.
CREATE TABLE public_copy_countries (
  country_code TEXT NOT NULL,
  event_id INTEGER NOT NULL,
  PRIMARY KEY (country_code, event_id)
) WITHOUT ROWID;
CREATE INDEX public_copy_countries_event ON public_copy_countries (event_id);

CREATE TABLE public_copy_networks (
  network_id INTEGER NOT NULL,
  event_id INTEGER NOT NULL,
  PRIMARY KEY (network_id, event_id)
) WITHOUT ROWID;
CREATE INDEX public_copy_networks_event ON public_copy_networks (event_id);

INSERT OR IGNORE INTO public_copy_countries (country_code, event_id)
  SELECT j.value, c.event_id FROM event_public_copies c, json_each(c.country_codes) j;
INSERT OR IGNORE INTO public_copy_networks (network_id, event_id)
  SELECT j.value, c.event_id FROM event_public_copies c, json_each(c.network_ids) j;

CREATE TRIGGER public_copy_facets_on_insert AFTER INSERT ON event_public_copies BEGIN
  INSERT OR IGNORE INTO public_copy_countries (country_code, event_id)
    SELECT value, new.event_id FROM json_each(new.country_codes);
  INSERT OR IGNORE INTO public_copy_networks (network_id, event_id)
    SELECT value, new.event_id FROM json_each(new.network_ids);
END;

CREATE TRIGGER public_copy_countries_on_update AFTER UPDATE OF event_id, country_codes ON event_public_copies
WHEN old.event_id IS NOT new.event_id OR old.country_codes IS NOT new.country_codes BEGIN
  DELETE FROM public_copy_countries WHERE event_id = old.event_id;
  INSERT OR IGNORE INTO public_copy_countries (country_code, event_id)
    SELECT value, new.event_id FROM json_each(new.country_codes);
END;

CREATE TRIGGER public_copy_networks_on_update AFTER UPDATE OF event_id, network_ids ON event_public_copies
WHEN old.event_id IS NOT new.event_id OR old.network_ids IS NOT new.network_ids BEGIN
  DELETE FROM public_copy_networks WHERE event_id = old.event_id;
  INSERT OR IGNORE INTO public_copy_networks (network_id, event_id)
    SELECT value, new.event_id FROM json_each(new.network_ids);
END;

CREATE TRIGGER public_copy_facets_on_delete AFTER DELETE ON event_public_copies BEGIN
  DELETE FROM public_copy_countries WHERE event_id = old.event_id;
  DELETE FROM public_copy_networks WHERE event_id = old.event_id;
END;
