-- Boletos by post (issue 10 item 3, seed 003 "Enviar boletos gerados via Correios"): the daily
-- print batches of PRINT_LETTERS, one letter per charge, and the explicit reprints.
CREATE TABLE letter_batches (
    account_id     uuid        NOT NULL REFERENCES accounts (id),
    id             uuid        NOT NULL,
    print_date     date        NOT NULL,
    routine_run_id uuid,
    letters        int         NOT NULL DEFAULT 0,
    pages          int         NOT NULL DEFAULT 0,
    -- the PDF as printed, kept: the .pdf and the .csv of a batch are the same letters forever
    pdf            bytea,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);

-- A reprint asked for by POST /charges/{id}/letters: the next batch prints the charge again.
CREATE TABLE letter_reprints (
    account_id   uuid        NOT NULL,
    id           uuid        NOT NULL,
    charge_id    uuid        NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    -- the letter that printed it; NULL while it waits for the next batch
    letter_id    uuid,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, charge_id) REFERENCES charges (account_id, id)
);
-- at most one reprint of a charge waits: asking twice before the run prints it once
CREATE UNIQUE INDEX letter_reprints_one_waiting ON letter_reprints (account_id, charge_id) WHERE letter_id IS NULL;

-- One letter: what it printed (recipient, address, boleto), copied from the customer and the
-- charge when the batch was made, so that the manifest says what the paper says.
CREATE TABLE letters (
    account_id     uuid   NOT NULL,
    id             uuid   NOT NULL,
    batch_id       uuid   NOT NULL,
    seq            int    NOT NULL DEFAULT 0,
    charge_id      uuid   NOT NULL,
    customer_id    uuid   NOT NULL,
    reprint_id     uuid,
    recipient      text   NOT NULL,
    cep            text   NOT NULL,
    street         text   NOT NULL,
    number         text   NOT NULL,
    complement     text,
    district       text   NOT NULL,
    city           text   NOT NULL,
    state          text   NOT NULL,
    nosso_numero   text   NOT NULL,
    digitable_line text   NOT NULL,
    due_date       date   NOT NULL,
    amount         bigint NOT NULL,
    -- counted from the rendered PDF
    pages          int    NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, batch_id) REFERENCES letter_batches (account_id, id),
    FOREIGN KEY (account_id, charge_id) REFERENCES charges (account_id, id)
);
-- each charge is printed once by the routine (INSERT … ON CONFLICT DO NOTHING), each reprint once
CREATE UNIQUE INDEX letters_once_per_charge ON letters (account_id, charge_id) WHERE reprint_id IS NULL;
CREATE UNIQUE INDEX letters_once_per_reprint ON letters (account_id, reprint_id) WHERE reprint_id IS NOT NULL;
CREATE INDEX letters_of_batch ON letters (account_id, batch_id, seq);

-- The fee ledger had one line per notification; a letter is billed too (LETTER_PAGE × pages).
-- notification_id stays for the dispatcher's lines; letter_id is the letter's; item_id is
-- whichever it is and carries the key, so there is still one line per message or letter.
ALTER TABLE fee_ledger DROP CONSTRAINT fee_ledger_pkey;
ALTER TABLE fee_ledger ALTER COLUMN notification_id DROP NOT NULL;
ALTER TABLE fee_ledger ADD COLUMN letter_id uuid;
ALTER TABLE fee_ledger ADD CONSTRAINT fee_ledger_one_item CHECK (num_nonnulls(notification_id, letter_id) = 1);
ALTER TABLE fee_ledger ADD COLUMN item_id uuid GENERATED ALWAYS AS (COALESCE(notification_id, letter_id)) STORED;
ALTER TABLE fee_ledger ADD PRIMARY KEY (account_id, item_id);
DROP INDEX fee_ledger_by_time;
CREATE INDEX fee_ledger_by_time ON fee_ledger (account_id, at, item_id);
