-- Sitrep's store, the same SQL for SQLite and PostgreSQL.
-- Dates are ISO-8601 text (yyyy-mm-dd), which sorts and compares as dates in both databases.

-- Every article read, once: its id is the hash of its normalised text; a URL is stored once too.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT UNIQUE,
  title TEXT,
  source TEXT,
  published TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- One event, reported by one or more claims, or imported from ACLED. Its ACLED columns are the
-- conservative consensus of its claims; day_from..day_to is the span of days it may lie in
-- (one day, or the week or month its time_precision says), for date filters.
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  event_id_cnty TEXT,
  origin TEXT NOT NULL,
  event_date TEXT,
  time_precision INTEGER,
  day_from TEXT,
  day_to TEXT,
  event_type TEXT,
  sub_event_type TEXT,
  actor1 TEXT,
  assoc_actor_1 TEXT,
  inter1 INTEGER,
  actor2 TEXT,
  assoc_actor_2 TEXT,
  inter2 INTEGER,
  interaction INTEGER,
  country TEXT,
  admin1 TEXT,
  admin2 TEXT,
  admin3 TEXT,
  location TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  geo_precision INTEGER,
  source TEXT,
  notes TEXT,
  fatalities INTEGER NOT NULL DEFAULT 0,
  claims INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX events_event_id_cnty ON events (event_id_cnty);
CREATE INDEX events_days ON events (day_from, day_to);
CREATE INDEX events_place ON events (longitude, latitude);
CREATE INDEX events_country ON events (country);

-- Every claim read, with the event it reports (null for claims that are not events).
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id),
  event_id TEXT REFERENCES events (id),
  event_date TEXT,
  time_precision INTEGER,
  sub_event_type TEXT,
  actor1 TEXT,
  actor2 TEXT,
  location TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  geo_precision INTEGER,
  fatalities INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  modality TEXT NOT NULL,
  source TEXT,
  json TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_event ON claims (event_id);
