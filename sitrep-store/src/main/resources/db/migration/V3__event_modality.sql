-- An event is as certain as its surest claim: asserted before reported, claimed, alleged, denied,
-- planned, speculative, hypothetical. Events imported from ACLED were coded by its analysts.
ALTER TABLE events ADD COLUMN modality TEXT;

UPDATE events SET modality = 'asserted' WHERE origin = 'acled';

UPDATE events SET modality = (
  SELECT c.modality FROM claims c WHERE c.event_id = events.id
  ORDER BY CASE c.modality
    WHEN 'asserted' THEN 1 WHEN 'reported' THEN 2 WHEN 'claimed' THEN 3 WHEN 'alleged' THEN 4
    WHEN 'denied' THEN 5 WHEN 'planned' THEN 6 WHEN 'speculative' THEN 7 ELSE 8 END
  LIMIT 1)
WHERE origin <> 'acled';

CREATE INDEX events_modality ON events (modality);
