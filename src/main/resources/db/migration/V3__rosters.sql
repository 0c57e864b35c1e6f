-- A roster is one team's plan for one ISO week. Its visits are generated from the care plans when it is
-- created; the solver fills in who does which visit and when. Solving state lives here too (not in memory),
-- so that any instance can report it and a restart can clean up after a crash.
CREATE TABLE roster (
    id                 BIGSERIAL PRIMARY KEY,
    team_id            BIGINT       NOT NULL REFERENCES team (id),
    week_start         DATE         NOT NULL,
    iso_week           VARCHAR(10)  NOT NULL,
    time_zone          VARCHAR(64)  NOT NULL,
    status             VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
    solver_status      VARCHAR(20)  NOT NULL DEFAULT 'NOT_SOLVING',
    solve_requested_at TIMESTAMPTZ,
    solve_started_at   TIMESTAMPTZ,
    solve_deadline     TIMESTAMPTZ,
    solve_heartbeat_at TIMESTAMPTZ,
    solve_ended_at     TIMESTAMPTZ,
    solve_error        VARCHAR(500),
    best_score         VARCHAR(80),
    best_score_at      TIMESTAMPTZ,
    feasible           BOOLEAN,
    created_by         VARCHAR(80),
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT roster_status_check CHECK (status IN ('DRAFT', 'PROPOSED', 'REVIEWED', 'ACCEPTED', 'SUPERSEDED')),
    CONSTRAINT roster_solver_status_check CHECK (solver_status IN ('NOT_SOLVING', 'SCHEDULED', 'SOLVING'))
);
CREATE INDEX roster_team_week_idx ON roster (team_id, week_start);

CREATE TABLE visit (
    id                  BIGSERIAL PRIMARY KEY,
    roster_id           BIGINT       NOT NULL REFERENCES roster (id) ON DELETE CASCADE,
    team_id             BIGINT       NOT NULL REFERENCES team (id),
    client_id           BIGINT       NOT NULL REFERENCES client (id),
    care_plan_id        BIGINT REFERENCES care_plan (id),
    visit_date          DATE         NOT NULL,
    earliest_start      TIMESTAMPTZ  NOT NULL,
    latest_start        TIMESTAMPTZ  NOT NULL,
    duration_minutes    INT          NOT NULL,
    min_level           INT          NOT NULL,
    skills              JSONB        NOT NULL DEFAULT '[]',
    priority            INT          NOT NULL DEFAULT 3,
    -- a double-handed visit is two rows (part 1 and 2) that must start together; a follow-up is a second row
    -- whose start lies gap_min..gap_max minutes after the start of the row it follows
    link_kind           VARCHAR(20),
    linked_visit_id     BIGINT REFERENCES visit (id),
    gap_min_minutes     INT,
    gap_max_minutes     INT,
    part                INT          NOT NULL DEFAULT 1,
    cancelled           BOOLEAN      NOT NULL DEFAULT FALSE,
    nurse_id            BIGINT REFERENCES nurse (id),
    planned_start       TIMESTAMPTZ,
    planned_end         TIMESTAMPTZ,
    route_index         INT,
    pinned              BOOLEAN      NOT NULL DEFAULT FALSE,
    pinned_start        TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT visit_link_kind_check CHECK (link_kind IS NULL OR link_kind IN ('DOUBLE_HANDED', 'FOLLOW_UP'))
);
CREATE INDEX visit_roster_idx ON visit (roster_id);
CREATE INDEX visit_client_idx ON visit (client_id);

-- The team's priorities: one weight per constraint, edited by the team, read by every solve.
CREATE TABLE team_constraint_weights (
    team_id   BIGINT PRIMARY KEY REFERENCES team (id),
    weights   JSONB  NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0
);
