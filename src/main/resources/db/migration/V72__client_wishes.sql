-- What matters to the client, in her own voice (issue 16): wishes the solver weighs as soft constraints.
CREATE TABLE client_wishes (
    client_id             BIGINT PRIMARY KEY REFERENCES client (id),
    team_id               BIGINT      NOT NULL REFERENCES team (id),
    -- [{"carePlanId":1,"weekday":"TUESDAY"|null,"notBefore":"08:30"|null,"notAfter":"10:00"|null}]
    time_wishes           JSONB       NOT NULL DEFAULT '[]',
    liked_nurse_ids       JSONB       NOT NULL DEFAULT '[]',
    avoided_nurse_ids     JSONB       NOT NULL DEFAULT '[]',
    continuity_importance TEXT        NOT NULL DEFAULT 'USUAL',
    own_words             TEXT,
    updated_at            TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX client_wishes_team ON client_wishes (team_id);
