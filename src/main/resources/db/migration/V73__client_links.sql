-- The client view (issue 16): a secret link for a client or a named relative, like the nurse's calendar feed.
-- Only the SHA-256 of the token is kept; one live link per client; every access is audited.
CREATE TABLE client_link (
    id            BIGSERIAL PRIMARY KEY,
    client_id     BIGINT      NOT NULL REFERENCES client (id),
    team_id       BIGINT      NOT NULL REFERENCES team (id),
    token_hash    VARCHAR(64) NOT NULL,
    relative_name TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    revoked_at    TIMESTAMPTZ,
    CONSTRAINT client_link_token_unique UNIQUE (token_hash)
);
CREATE UNIQUE INDEX client_link_live_unique ON client_link (client_id) WHERE revoked_at IS NULL;

-- Who opened what, when: the link, never a name or an address.
CREATE TABLE client_link_access (
    id          BIGSERIAL PRIMARY KEY,
    link_id     BIGINT      NOT NULL REFERENCES client_link (id),
    accessed_at TIMESTAMPTZ NOT NULL,
    action      TEXT        NOT NULL
);
CREATE INDEX client_link_access_link ON client_link_access (link_id, id);
