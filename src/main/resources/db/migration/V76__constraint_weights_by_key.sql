-- Team weights were stored under the constraint's label ("Distinct nurses per client"), so renaming a label
-- silently dropped every team's weight for it. They are now stored under the constraint's stable key
-- (care.rondo.planning.RosterConstraint#key). Names that match no constraint are kept as they are (and ignored).
WITH label_to_key (label, key) AS (VALUES
    ('Level too low', 'level-too-low'),
    ('Missing skill', 'missing-skill'),
    ('Refused nurse', 'refused-nurse'),
    ('Late start', 'late-start'),
    ('Shift end exceeded', 'shift-end-exceeded'),
    ('Double-handed not together', 'double-handed-apart'),
    ('Double-handed without two nurses', 'double-handed-one-nurse'),
    ('Sequence gap', 'sequence-gap'),
    ('Max work per day', 'max-work-per-day'),
    ('Rest between days', 'rest-between-days'),
    ('Contract maximum', 'contract-maximum'),
    ('Shift capacity', 'shift-capacity'),
    ('Unassigned visit', 'unassigned-visit'),
    ('Newly unassigned', 'newly-unassigned'),
    ('Distinct nurses per client', 'distinct-nurses-per-client'),
    ('Nurse new to client', 'nurse-new-to-client'),
    ('Preferred nurse not used', 'preferred-nurse-not-used'),
    ('Time-of-day wish', 'time-of-day-wish'),
    ('Liked nurse not used', 'liked-nurse-not-used'),
    ('Nurse she would rather not see', 'avoided-nurse'),
    ('Continuity wish', 'continuity-wish'),
    ('Travel time', 'travel-time'),
    ('Under contract minimum', 'under-contract-minimum'),
    ('Workload fairness', 'workload-fairness'),
    ('Idle time', 'idle-time'),
    ('Changed nurse', 'changed-nurse'),
    ('Moved start', 'moved-start'),
    ('Late start (soft)', 'late-start-soft'),
    ('Max lateness (soft)', 'max-lateness-soft'))
UPDATE team_constraint_weights t
SET weights = (SELECT coalesce(jsonb_object_agg(coalesce(m.key, e.key), e.value), '{}'::jsonb)
               FROM jsonb_each(t.weights) e
               LEFT JOIN label_to_key m ON m.label = e.key);
