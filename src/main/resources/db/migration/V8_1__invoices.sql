-- Each charge's invoice PDF, rendered once and then served to every message and download.
CREATE TABLE invoices (
    account_id  uuid        NOT NULL,
    charge_id   uuid        NOT NULL,
    pdf         bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, charge_id),
    FOREIGN KEY (account_id, charge_id) REFERENCES charges (account_id, id)
);
