-- The client's voice (issue 16): the team decides per link whether the client or her relative may change her wishes
-- through the client view (default: no), and the wishes say whether the team or the client's link changed them last.
ALTER TABLE client_link ADD COLUMN may_edit_wishes BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE client_wishes ADD COLUMN last_changed_by TEXT NOT NULL DEFAULT 'TEAM';
