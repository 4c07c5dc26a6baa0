-- §4 "respect per-sender and per-recipient-domain rates". A sender's limits: messages per
-- second/minute/hour/day over all its messages, and per minute to each recipient domain
-- ({"gmail.com": 120, "*": 60}: "*" is any other domain, each with a budget of its own).
CREATE TABLE sender_rate_limits (
    account_id  uuid        NOT NULL,
    sender_id   uuid        NOT NULL,
    per_second  int CHECK (per_second > 0),
    per_minute  int CHECK (per_minute > 0),
    per_hour    int CHECK (per_hour > 0),
    per_day     int CHECK (per_day > 0),
    per_domain  jsonb       NOT NULL DEFAULT '{}',
    version     bigint      NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, sender_id),
    FOREIGN KEY (account_id, sender_id) REFERENCES senders (account_id, id) ON DELETE CASCADE
);

-- The token buckets themselves, shared by every instance (Bucket4j's PostgreSQL layout: the
-- state is Bucket4j's own serialisation, locked with SELECT ... FOR UPDATE while a token is taken).
CREATE TABLE rate_buckets (
    id          text   PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX rate_buckets_expires_at ON rate_buckets (expires_at);
