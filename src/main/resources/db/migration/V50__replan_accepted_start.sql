-- A re-plan prices moving a visit away from the start the accepted roster gave it ("Moved start"), so the draft
-- remembers that start next to the accepted nurse (previous_nurse_id); planned_start itself changes with every solve.
ALTER TABLE visit
    ADD COLUMN previous_start TIMESTAMPTZ;
