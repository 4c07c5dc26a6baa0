-- Each running Régua instance that dispatches keeps a heartbeat here; a claim names the instance
-- holding it, so that a dead instance's claims are taken back within seconds, and a live one's
-- are never taken from it however slow its server.
CREATE TABLE dispatch_instances (
    id           uuid        PRIMARY KEY,
    host         text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE notifications ADD COLUMN claimed_by uuid;
DROP INDEX notifications_sending;
CREATE INDEX notifications_sending ON notifications (claimed_by) WHERE status = 'SENDING';

-- A sender the server refused (its from-address, its credentials, relaying): switched off by the
-- dispatcher, with the server's answer, until the merchant switches it on again.
ALTER TABLE senders ADD COLUMN paused_reason text, ADD COLUMN paused_at timestamptz;
