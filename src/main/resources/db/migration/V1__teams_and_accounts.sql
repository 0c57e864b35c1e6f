-- Teams own everything else; accounts sign in and act within (member) or across (coordinator, admin) teams.
CREATE TABLE team (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    neighbourhood   VARCHAR(120),
    office_latitude  DOUBLE PRECISION NOT NULL,
    office_longitude DOUBLE PRECISION NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL DEFAULT 'Europe/Amsterdam',
    archived        BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT team_name_unique UNIQUE (name)
);

CREATE TABLE account (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('MEMBER', 'COORDINATOR', 'ADMIN')),
    team_id       BIGINT REFERENCES team (id),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_member_has_team CHECK (role <> 'MEMBER' OR team_id IS NOT NULL)
);
CREATE INDEX account_team_idx ON account (team_id);
