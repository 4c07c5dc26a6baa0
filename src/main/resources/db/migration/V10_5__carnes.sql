-- Carnês (product.md §2, §5, Appendix B): N monthly installments created at once, each a charge
-- (origin CARNE, installment k of N), printed together as one PDF, three slips per A4 page.
CREATE TABLE carnes (
    account_id        uuid        NOT NULL,
    id                uuid        NOT NULL,
    customer_id       uuid        NOT NULL,
    service_id        uuid,
    payment_method_id uuid        NOT NULL,
    installments      int         NOT NULL CHECK (installments BETWEEN 2 AND 60),
    total_amount      bigint      NOT NULL CHECK (total_amount > 0),
    description       text,
    first_due_date    date        NOT NULL,
    -- set when the whole carnê is cancelled (its open installments with it); one installment
    -- cancelled alone is only that charge's status.
    cancelled_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, customer_id) REFERENCES customers (account_id, id),
    FOREIGN KEY (account_id, customer_id, service_id) REFERENCES services (account_id, customer_id, id),
    FOREIGN KEY (account_id, payment_method_id) REFERENCES payment_methods (account_id, id)
);
CREATE INDEX carnes_by_customer ON carnes (account_id, customer_id, created_at);
CREATE INDEX carnes_by_created ON carnes (account_id, created_at DESC, id DESC);

ALTER TABLE charges
    ADD FOREIGN KEY (account_id, carne_id) REFERENCES carnes (account_id, id);
-- One charge per installment of a carnê: a retried creation inserts nothing twice.
CREATE UNIQUE INDEX charges_one_per_installment ON charges (account_id, carne_id, installment);
