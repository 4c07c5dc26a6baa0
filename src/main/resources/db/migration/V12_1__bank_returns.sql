-- Bank return files (CNAB retorno, docs/BANK_RETURNS.md). One row per imported file; a file's
-- SHA-256 is unique per account, so importing the same bytes again finds the earlier import.
CREATE TABLE bank_returns (
    account_id      uuid        NOT NULL REFERENCES accounts (id),
    id              uuid        NOT NULL,
    sha256          text        NOT NULL,
    file_name       text,
    size_bytes      integer     NOT NULL,
    format          text,
    bank            text,
    agency          text,
    bank_account    text,
    agreement       text,
    status          text        NOT NULL CHECK (status IN ('PROCESSING', 'COMPLETED', 'REJECTED')),
    lines           integer     NOT NULL DEFAULT 0,
    paid            integer     NOT NULL DEFAULT 0,
    already_paid    integer     NOT NULL DEFAULT 0,
    unmatched       integer     NOT NULL DEFAULT 0,
    ignored         integer     NOT NULL DEFAULT 0,
    rejected        integer     NOT NULL DEFAULT 0,
    errors          jsonb       NOT NULL DEFAULT '[]',
    created_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, sha256)
);
CREATE INDEX bank_returns_processing ON bank_returns (created_at) WHERE status = 'PROCESSING';

-- The file's titles, staged by the upload in one batch; the background step matches them to
-- charges and writes each one's result.
CREATE TABLE bank_return_lines (
    account_id          uuid    NOT NULL,
    bank_return_id      uuid    NOT NULL,
    line                integer NOT NULL,
    nosso_numero        text    NOT NULL,
    sequence            text    NOT NULL,
    occurrence          text    NOT NULL,
    occurrence_label    text    NOT NULL,
    settlement          boolean NOT NULL,
    amount              bigint  NOT NULL,
    amount_paid         bigint  NOT NULL,
    tariff              bigint  NOT NULL,
    paid_at             date,
    credited_at         date,
    charge_id           uuid,
    result              text    CHECK (result IN ('PAID', 'ALREADY_PAID', 'UNMATCHED', 'IGNORED', 'REJECTED')),
    PRIMARY KEY (account_id, bank_return_id, line),
    FOREIGN KEY (account_id, bank_return_id) REFERENCES bank_returns (account_id, id)
);

CREATE INDEX bank_return_lines_charge ON bank_return_lines (account_id, bank_return_id, charge_id)
    WHERE charge_id IS NOT NULL;

-- What the bank said about a charge, every occurrence of every imported file: its history.
CREATE TABLE charge_bank_occurrences (
    account_id          uuid        NOT NULL,
    charge_id           uuid        NOT NULL,
    bank_return_id      uuid        NOT NULL,
    line                integer     NOT NULL,
    occurrence          text        NOT NULL,
    occurrence_label    text        NOT NULL,
    occurred_on         date,
    amount_paid         bigint      NOT NULL,
    tariff              bigint      NOT NULL,
    result              text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, charge_id, bank_return_id, line),
    FOREIGN KEY (account_id, charge_id) REFERENCES charges (account_id, id),
    FOREIGN KEY (account_id, bank_return_id, line) REFERENCES bank_return_lines (account_id, bank_return_id, line)
);

-- Matching titles by nosso número within a payment method, leading zeros aside.
CREATE INDEX charges_nosso_numero ON charges (account_id, payment_method_id, ltrim(nosso_numero, '0'))
    WHERE nosso_numero IS NOT NULL;
