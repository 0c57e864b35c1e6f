-- Exports and calendar feeds look up a visit's last planned time in the earlier accepted versions of its week
-- (a cancelled visit keeps it; a visit that left a nurse stays in her calendar as cancelled at it).
CREATE INDEX snapshot_visit_lineage_idx ON snapshot_visit (lineage_id, snapshot_id);
