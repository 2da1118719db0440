-- Map queries (a box and some days) read a few grid cells: cell is the event's one-degree square,
-- floor(latitude + 90) * 360 + floor(longitude + 180), null without a point.
ALTER TABLE events ADD COLUMN cell INTEGER;
CREATE INDEX events_cell_days ON events (cell, day_from);
DROP INDEX events_place;
