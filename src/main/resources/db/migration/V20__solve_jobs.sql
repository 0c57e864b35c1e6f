-- Solve requests as durable jobs (issue 13). db-scheduler's own table, as its PostgreSQL schema documents it: one
-- row per waiting or running job. A solve's task_instance is its roster id, so the primary key lets a roster hold
-- at most one job. Any instance with a free solver slot picks the oldest due row (select ... for update skip
-- locked), marks it picked and keeps last_heartbeat fresh while it runs; a row whose heartbeat stops is revived
-- for another instance.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- The roster's solve lease: which instance solves it (shown in the status) and the lease number of that run.
-- Every write of a run names its lease; an instance that takes a job over from a dead one raises the number, so a
-- run that was thought dead but still lives can write nothing more. A lease is taken only from a SCHEDULED roster
-- or over a heartbeat older than rondo.solver.stale-after (SolutionStore.claim), so two live instances never
-- solve one roster at once.
ALTER TABLE roster ADD COLUMN solve_instance VARCHAR(200);
ALTER TABLE roster ADD COLUMN solve_lease BIGINT NOT NULL DEFAULT 0;
