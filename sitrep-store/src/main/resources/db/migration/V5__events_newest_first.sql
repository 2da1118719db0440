-- The API and the map page list events newest first: this index lets a page of 10,000 be read in
-- order instead of sorting the whole table.
CREATE INDEX events_newest ON events (event_date DESC, id);
