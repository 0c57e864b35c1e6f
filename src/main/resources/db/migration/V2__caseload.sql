-- A team's caseload: its nurses (with absences), its clients and the clients' recurring care plans.
-- Nothing here is ever deleted except absences: nurses, clients and care plans are archived, so that past
-- rosters keep pointing at what they were planned with. JSONB columns hold small value lists the API
-- validates (skill codes, weekly windows, nurse ids); their shapes are described next to each column.

CREATE TABLE nurse (
    id                 BIGSERIAL PRIMARY KEY,
    team_id            BIGINT       NOT NULL REFERENCES team (id),
    name               VARCHAR(120) NOT NULL,
    -- 2 helper, 3 certified carer, 4 nurse (MBO), 5 bachelor nurse (HBO): a hierarchy
    level              SMALLINT     NOT NULL CHECK (level BETWEEN 2 AND 5),
    -- ["wound_care", "insulin", ...]: lower-case skill codes, not hierarchical
    skills             JSONB        NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(skills) = 'array'),
    contract_min_hours NUMERIC(5, 2) NOT NULL CHECK (contract_min_hours >= 0),
    contract_max_hours NUMERIC(5, 2) NOT NULL CHECK (contract_max_hours <= 60),
    -- [{"day": "MONDAY", "from": "07:00", "to": "13:30"}, ...]: local times in the team's time zone
    availability       JSONB        NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(availability) = 'array'),
    start_latitude     DOUBLE PRECISION NOT NULL CHECK (start_latitude BETWEEN -90 AND 90),
    start_longitude    DOUBLE PRECISION NOT NULL CHECK (start_longitude BETWEEN -180 AND 180),
    travel_mode        VARCHAR(10)  NOT NULL CHECK (travel_mode IN ('BIKE', 'E_BIKE', 'CAR', 'WALK')),
    archived           BOOLEAN      NOT NULL DEFAULT FALSE,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT nurse_contract_hours CHECK (contract_min_hours <= contract_max_hours)
);
CREATE INDEX nurse_team_idx ON nurse (team_id, archived);

CREATE TABLE nurse_absence (
    id         BIGSERIAL PRIMARY KEY,
    nurse_id   BIGINT      NOT NULL REFERENCES nurse (id),
    -- copied from the nurse so that a team's absences in a week are one indexed query
    team_id    BIGINT      NOT NULL REFERENCES team (id),
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('LEAVE', 'SICKNESS', 'TRAINING')),
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    note       VARCHAR(200),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT nurse_absence_order CHECK (ends_at > starts_at)
);
CREATE INDEX nurse_absence_nurse_idx ON nurse_absence (nurse_id, starts_at);
CREATE INDEX nurse_absence_team_idx ON nurse_absence (team_id, starts_at);

CREATE TABLE client (
    id                 BIGSERIAL PRIMARY KEY,
    team_id            BIGINT       NOT NULL REFERENCES team (id),
    name               VARCHAR(120) NOT NULL,
    address            VARCHAR(200) NOT NULL,
    latitude           DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    -- for the visiting nurse; only members of the team read it
    notes              TEXT,
    -- [12, 15]: ids of nurses of the same team; the two lists never share an id
    preferred_nurse_ids JSONB       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(preferred_nurse_ids) = 'array'),
    refused_nurse_ids  JSONB        NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(refused_nurse_ids) = 'array'),
    archived           BOOLEAN      NOT NULL DEFAULT FALSE,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX client_team_idx ON client (team_id, archived);

CREATE TABLE care_plan (
    id                        BIGSERIAL PRIMARY KEY,
    team_id                   BIGINT       NOT NULL REFERENCES team (id),
    client_id                 BIGINT       NOT NULL REFERENCES client (id),
    description               VARCHAR(200) NOT NULL,
    -- ["MONDAY", "WEDNESDAY", "FRIDAY"]; [] = every day
    days                      JSONB        NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(days) = 'array'),
    -- [{"from": "07:30", "to": "08:30"}, ...]: one visit per window per day; a window bounds the visit's start
    windows                   JSONB        NOT NULL CHECK (jsonb_typeof(windows) = 'array'),
    duration_minutes          INT          NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    min_level                 SMALLINT     NOT NULL CHECK (min_level BETWEEN 2 AND 5),
    skills                    JSONB        NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(skills) = 'array'),
    -- 2 = double-handed: both nurses start together
    nurses_needed             SMALLINT     NOT NULL DEFAULT 1 CHECK (nurses_needed BETWEEN 1 AND 2),
    -- a second visit starting min..max minutes after the first one starts
    followup_min_gap_minutes  INT,
    followup_max_gap_minutes  INT,
    followup_duration_minutes INT CHECK (followup_duration_minutes BETWEEN 5 AND 480),
    -- 5 = most important
    priority                  SMALLINT     NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    valid_from                DATE         NOT NULL,
    valid_until               DATE,
    archived                  BOOLEAN      NOT NULL DEFAULT FALSE,
    version                   BIGINT       NOT NULL DEFAULT 0,
    created_at                TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT care_plan_followup_all_or_none CHECK (
        (followup_min_gap_minutes IS NULL AND followup_max_gap_minutes IS NULL AND followup_duration_minutes IS NULL)
        OR (followup_min_gap_minutes IS NOT NULL AND followup_max_gap_minutes IS NOT NULL
            AND followup_duration_minutes IS NOT NULL
            AND followup_min_gap_minutes BETWEEN 1 AND followup_max_gap_minutes)),
    CONSTRAINT care_plan_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX care_plan_team_idx ON care_plan (team_id, archived);
CREATE INDEX care_plan_client_idx ON care_plan (client_id);
