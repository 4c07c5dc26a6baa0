CREATE TABLE charges (
    account_id          uuid        NOT NULL,
    id                  uuid        NOT NULL,
    customer_id         uuid        NOT NULL,
    service_id          uuid,
    payment_method_id   uuid        NOT NULL,
    origin              text        NOT NULL DEFAULT 'ONE_OFF',
    amount              bigint      NOT NULL CHECK (amount > 0),
    description         text,
    due_date            date        NOT NULL,
    effective_due_date  date        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('PENDING', 'OVERDUE', 'PAID', 'CANCELLED')),
    paid_at             date,
    paid_amount         bigint,
    cancelled_at        timestamptz,
    external_reference  text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, customer_id) REFERENCES customers (account_id, id),
    FOREIGN KEY (account_id, customer_id, service_id) REFERENCES services (account_id, customer_id, id),
    FOREIGN KEY (account_id, payment_method_id) REFERENCES payment_methods (account_id, id)
);
CREATE INDEX charges_customer ON charges (account_id, customer_id);
CREATE INDEX charges_open_by_due ON charges (account_id, payment_method_id, due_date)
    WHERE status IN ('PENDING', 'OVERDUE');
CREATE INDEX charges_pending_by_effective_due ON charges (effective_due_date) WHERE status = 'PENDING';
