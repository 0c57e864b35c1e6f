-- The nurses' mobile API and roster exports.

-- A member account may be a nurse of her team: /api/me reads that nurse's accepted visits.
ALTER TABLE account ADD COLUMN nurse_id BIGINT REFERENCES nurse (id);
CREATE UNIQUE INDEX account_nurse_unique ON account (nurse_id) WHERE nurse_id IS NOT NULL;

-- A nurse's check-in and check-out of a visit. visit_id is the accepted visit the nurse saw; lineage_id keeps
-- the record findable after a re-plan publishes a new visit row for the same occurrence. The unique key makes a
-- second check-in impossible even when two requests race.
CREATE TABLE visit_check (
    id                  BIGSERIAL PRIMARY KEY,
    team_id             BIGINT      NOT NULL REFERENCES team (id),
    visit_id            BIGINT      NOT NULL REFERENCES visit (id),
    lineage_id          BIGINT      NOT NULL,
    nurse_id            BIGINT      NOT NULL REFERENCES nurse (id),
    checked_in_at       TIMESTAMPTZ NOT NULL,
    check_in_latitude   DOUBLE PRECISION CHECK (check_in_latitude BETWEEN -90 AND 90),
    check_in_longitude  DOUBLE PRECISION CHECK (check_in_longitude BETWEEN -180 AND 180),
    checked_out_at      TIMESTAMPTZ,
    check_out_latitude  DOUBLE PRECISION CHECK (check_out_latitude BETWEEN -90 AND 90),
    check_out_longitude DOUBLE PRECISION CHECK (check_out_longitude BETWEEN -180 AND 180),
    note                VARCHAR(2000),
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT visit_check_unique UNIQUE (visit_id, nurse_id),
    CONSTRAINT visit_check_order CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
CREATE INDEX visit_check_lineage_idx ON visit_check (lineage_id, nurse_id);

-- A nurse's secret calendar subscription. Only the SHA-256 of the token is stored: a database leak does not
-- hand out calendars. At most one live feed per nurse; rotating revokes the old one.
CREATE TABLE calendar_feed (
    id         BIGSERIAL PRIMARY KEY,
    nurse_id   BIGINT      NOT NULL REFERENCES nurse (id),
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ,
    CONSTRAINT calendar_feed_token_unique UNIQUE (token_hash)
);
CREATE UNIQUE INDEX calendar_feed_live_unique ON calendar_feed (nurse_id) WHERE revoked_at IS NULL;

-- Exports over a date range or several teams belong to no single roster, yet are audited in the team's event
-- history like everything else; the event id is the team feed's cursor.
ALTER TABLE roster_event ALTER COLUMN roster_id DROP NOT NULL;
CREATE INDEX roster_event_team_id_idx ON roster_event (team_id, id);
