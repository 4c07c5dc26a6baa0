-- Every table that holds account data carries account_id, and every primary and unique key
-- starts with it, so the schema can later be distributed by account (product.md §6.3).

CREATE TABLE accounts (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    email       text,
    time_zone   text        NOT NULL DEFAULT 'America/Sao_Paulo',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    account_id    uuid        NOT NULL REFERENCES accounts (id),
    id            uuid        NOT NULL,
    username      text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
-- Logins are one namespace across accounts: the login form does not ask for the account.
CREATE UNIQUE INDEX users_username ON users (lower(username));

CREATE TABLE api_keys (
    account_id   uuid        NOT NULL REFERENCES accounts (id),
    id           uuid        NOT NULL,
    name         text        NOT NULL,
    key_prefix   text        NOT NULL,
    key_hash     text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    PRIMARY KEY (account_id, id)
);
-- The hash is how a request finds its account: a routing lookup, global by nature.
CREATE UNIQUE INDEX api_keys_hash ON api_keys (key_hash);

CREATE TABLE idempotency_keys (
    account_id            uuid        NOT NULL REFERENCES accounts (id),
    key                   text        NOT NULL,
    request_hash          text        NOT NULL,
    response_status       int,
    response_content_type text,
    response_body         bytea,
    created_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
