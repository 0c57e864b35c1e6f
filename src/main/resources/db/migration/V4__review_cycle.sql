-- The review cycle: overrides pin visits (who, when, why), accepting freezes an immutable numbered snapshot,
-- a re-plan is a new draft based on an accepted roster with everything before its freeze time fixed.
ALTER TABLE roster
    ADD COLUMN based_on_roster_id BIGINT REFERENCES roster (id),
    ADD COLUMN freeze_at          TIMESTAMPTZ,
    ADD COLUMN accepted_version   INT,
    ADD COLUMN accepted_by        VARCHAR(80),
    ADD COLUMN accepted_at        TIMESTAMPTZ,
    ADD COLUMN needs_replan       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN updated_at         TIMESTAMPTZ NOT NULL DEFAULT now();

ALTER TABLE visit
    -- the visit this one continues across re-plans (its own id for a generated visit): a stable identity for
    -- calendars and for the re-plan diff
    ADD COLUMN lineage_id        BIGINT,
    ADD COLUMN previous_nurse_id BIGINT REFERENCES nurse (id),
    ADD COLUMN one_off           BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN cancel_reason     VARCHAR(200),
    ADD COLUMN frozen            BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN pinned_by         VARCHAR(80),
    ADD COLUMN pinned_at         TIMESTAMPTZ,
    ADD COLUMN pin_reason        VARCHAR(200);
UPDATE visit SET lineage_id = id WHERE lineage_id IS NULL;
CREATE INDEX visit_lineage_idx ON visit (lineage_id);

-- A nurse-day the team locked: the solver leaves that day's route exactly as it is.
CREATE TABLE locked_nurse_day (
    id         BIGSERIAL PRIMARY KEY,
    roster_id  BIGINT      NOT NULL REFERENCES roster (id) ON DELETE CASCADE,
    nurse_id   BIGINT      NOT NULL REFERENCES nurse (id),
    day        DATE        NOT NULL,
    locked_by  VARCHAR(80) NOT NULL,
    locked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    reason     VARCHAR(200),
    CONSTRAINT locked_nurse_day_unique UNIQUE (roster_id, nurse_id, day)
);

-- The published version of a week: what nurses see and exports read. Never updated after insert.
CREATE TABLE roster_snapshot (
    id               BIGSERIAL PRIMARY KEY,
    roster_id        BIGINT      NOT NULL REFERENCES roster (id),
    team_id          BIGINT      NOT NULL REFERENCES team (id),
    week_start       DATE        NOT NULL,
    version_number   INT         NOT NULL,
    accepted_by      VARCHAR(80) NOT NULL,
    accepted_at      TIMESTAMPTZ NOT NULL,
    score            VARCHAR(80),
    hard_broken      BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT roster_snapshot_version_unique UNIQUE (team_id, week_start, version_number)
);

CREATE TABLE snapshot_visit (
    id               BIGSERIAL PRIMARY KEY,
    snapshot_id      BIGINT      NOT NULL REFERENCES roster_snapshot (id),
    visit_id         BIGINT      NOT NULL REFERENCES visit (id),
    lineage_id       BIGINT      NOT NULL,
    client_id        BIGINT      NOT NULL REFERENCES client (id),
    nurse_id         BIGINT REFERENCES nurse (id),
    visit_date       DATE        NOT NULL,
    planned_start    TIMESTAMPTZ,
    planned_end      TIMESTAMPTZ,
    route_index      INT,
    duration_minutes INT         NOT NULL,
    link_kind        VARCHAR(20),
    linked_visit_id  BIGINT,
    cancelled        BOOLEAN     NOT NULL,
    CONSTRAINT snapshot_visit_unique UNIQUE (snapshot_id, visit_id)
);
CREATE INDEX snapshot_visit_nurse_idx ON snapshot_visit (nurse_id, planned_start);

-- History: every override, solve, acceptance and re-plan, with who and when.
CREATE TABLE roster_event (
    id         BIGSERIAL PRIMARY KEY,
    team_id    BIGINT      NOT NULL REFERENCES team (id),
    roster_id  BIGINT      NOT NULL REFERENCES roster (id),
    kind       VARCHAR(30) NOT NULL,
    actor      VARCHAR(80) NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    visit_id   BIGINT,
    details    JSONB       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX roster_event_roster_idx ON roster_event (roster_id, at);
CREATE INDEX roster_event_team_idx ON roster_event (team_id, at);
