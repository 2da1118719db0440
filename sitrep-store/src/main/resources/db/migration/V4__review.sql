-- Review: what analysts did to events, who may do it, and what ingest must leave alone.
-- Times are ISO-8601 UTC text with microseconds (yyyy-mm-ddThh:mm:ss.ssssssZ), which sorts as time.

-- An event's review state: unreviewed, confirmed, edited or rejected. reviewed_fields names the
-- ACLED fields an analyst set or confirmed, joined with ';': a later report never changes them.
ALTER TABLE events ADD COLUMN review_state TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE events ADD COLUMN reviewed_fields TEXT;

-- Every review action, kept for good: the events as they were before and after it, as JSON
-- objects of the exported columns (before_json is null for an event the action made, after_json
-- null for none). An action that changes two events (a merge, a split) writes a row for each.
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL,
  event_id TEXT NOT NULL,
  claim_id TEXT,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_event ON audit_log (event_id, at);

-- The API's tokens: only a SHA-256 of each (hex) is kept; rights are joined with ';'.
CREATE TABLE tokens (
  name TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  rights TEXT NOT NULL,
  created_at TEXT NOT NULL
);
