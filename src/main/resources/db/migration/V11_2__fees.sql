-- Fees (product.md §4.2, issue 10 item 4): a price table per account and a ledger line for every
-- delivered message that costs something, written by the statement that records it SENT.
CREATE TABLE fee_prices (
    account_id  uuid   NOT NULL PRIMARY KEY REFERENCES accounts (id),
    whatsapp    bigint NOT NULL CHECK (whatsapp >= 0),
    sms         bigint NOT NULL CHECK (sms >= 0),
    email       bigint NOT NULL CHECK (email >= 0),
    letter_page bigint NOT NULL CHECK (letter_page >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE fee_ledger (
    account_id      uuid        NOT NULL,
    notification_id uuid        NOT NULL,
    charge_id       uuid        NOT NULL,
    channel         text        NOT NULL,
    -- billing units: SMS segments, 1 for a WhatsApp message or an e-mail
    units           int         NOT NULL CHECK (units > 0),
    unit_price      bigint      NOT NULL,
    amount          bigint      NOT NULL,
    at              timestamptz NOT NULL,
    -- one line per notification: a retry or a second outcome never bills twice
    PRIMARY KEY (account_id, notification_id)
);
CREATE INDEX fee_ledger_by_time ON fee_ledger (account_id, at, notification_id);
