-- Issue 8 item 4: a run that dies or fails no longer blocks its day. Each run carries the instance
-- that runs it and a heartbeat that instance refreshes; a RUNNING run whose heartbeat is stale is
-- failed and retried. A scheduled run's retries are new rows (attempt 2, 3, ...), so the history
-- shows every attempt; retry_at says when a FAILED scheduled run may be tried again (null: never).
ALTER TABLE routine_runs
    ADD COLUMN attempt      int         NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    ADD COLUMN instance_id  text,
    ADD COLUMN heartbeat_at timestamptz,
    ADD COLUMN retry_at     timestamptz;

-- Runs left RUNNING before this version have no live instance: their heartbeat is their start.
UPDATE routine_runs SET heartbeat_at = started_at WHERE status = 'RUNNING';

DROP INDEX routine_runs_one_scheduled_per_day;
-- One scheduled run per routine, day and attempt, however many instances tick at once.
CREATE UNIQUE INDEX routine_runs_one_scheduled_attempt ON routine_runs (account_id, routine_id, run_date, attempt)
    WHERE trigger = 'SCHEDULE';
-- The sweep for runs whose instance is gone looks at RUNNING rows only.
CREATE INDEX routine_runs_running ON routine_runs (heartbeat_at) WHERE status = 'RUNNING';
