-- A client or relative says a visit is not needed (issue 16): a proposed cancellation the team confirms or declines.
CREATE TABLE cancellation_request (
    id           BIGSERIAL PRIMARY KEY,
    team_id      BIGINT      NOT NULL REFERENCES team (id),
    client_id    BIGINT      NOT NULL REFERENCES client (id),
    link_id      BIGINT      NOT NULL REFERENCES client_link (id),
    -- the accepted roster and visit the client saw; lineage_id follows the visit across re-plans
    roster_id    BIGINT      NOT NULL REFERENCES roster (id),
    visit_id     BIGINT      NOT NULL REFERENCES visit (id),
    lineage_id   BIGINT      NOT NULL,
    visit_date   DATE        NOT NULL,
    reason       TEXT        NOT NULL,
    status       TEXT        NOT NULL DEFAULT 'OPEN',
    requested_at TIMESTAMPTZ NOT NULL,
    decided_at   TIMESTAMPTZ,
    decided_by   TEXT,
    version      BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX cancellation_request_team ON cancellation_request (team_id, status, id);
CREATE INDEX cancellation_request_client ON cancellation_request (client_id, lineage_id);
CREATE UNIQUE INDEX cancellation_request_open_unique ON cancellation_request (lineage_id) WHERE status = 'OPEN';
