-- Subscriptions ("agendamento de boletos recorrentes", product.md §5) and the charges they generate.

-- The per-account human number of a subscription (the one the merchant's e-mail names): a counter row
-- per account, taken with a row lock, so two subscriptions created at once never share a number.
CREATE TABLE subscription_numbers (
    account_id  uuid   NOT NULL PRIMARY KEY REFERENCES accounts (id),
    last_number bigint NOT NULL
);

CREATE TABLE subscriptions (
    account_id                  uuid        NOT NULL,
    id                          uuid        NOT NULL,
    number                      bigint      NOT NULL,
    customer_id                 uuid        NOT NULL,
    service_id                  uuid,
    payment_method_id           uuid        NOT NULL,
    amount                      bigint      NOT NULL CHECK (amount > 0),
    description                 text,
    cycle                       text        NOT NULL
        CHECK (cycle IN ('MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'YEARLY', 'BIENNIAL')),
    cycle_months                int         NOT NULL CHECK (cycle_months IN (1, 2, 3, 6, 12, 24)),
    first_due_date              date        NOT NULL,
    generate_days_before        int         NOT NULL CHECK (generate_days_before BETWEEN 0 AND 90),
    end_date                    date,
    max_charges                 int         CHECK (max_charges > 0),
    status                      text        NOT NULL
        CHECK (status IN ('ACTIVE', 'DEACTIVATED', 'CANCELLED', 'ENDED')),
    -- the occurrence k (0-based) whose charge comes next: due date = first_due_date + k * cycle_months
    -- months, clamped to the month's length by PostgreSQL's date arithmetic (never chained).
    next_index                  int         NOT NULL DEFAULT 0,
    -- the day the next charge is due to be generated: lets a run find the subscriptions that owe
    -- something on an index instead of evaluating every ACTIVE one of the account.
    next_generation_date        date        GENERATED ALWAYS AS (
        CAST(first_due_date + make_interval(months => next_index * cycle_months) AS date) - generate_days_before) STORED,
    deactivation_reason         text,
    deactivated_at              timestamptz,
    deactivated_by_notification uuid,
    cancelled_at                timestamptz,
    ended_at                    timestamptz,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, number),
    FOREIGN KEY (account_id, customer_id) REFERENCES customers (account_id, id),
    FOREIGN KEY (account_id, customer_id, service_id) REFERENCES services (account_id, customer_id, id),
    FOREIGN KEY (account_id, payment_method_id) REFERENCES payment_methods (account_id, id)
);
CREATE INDEX subscriptions_to_generate ON subscriptions (account_id, next_generation_date) WHERE status = 'ACTIVE';
CREATE INDEX subscriptions_by_status ON subscriptions (account_id, status, number);

ALTER TABLE charges ADD COLUMN subscription_id uuid;
ALTER TABLE charges ADD COLUMN carne_id uuid;
ALTER TABLE charges ADD COLUMN installment int;
ALTER TABLE charges
    ADD FOREIGN KEY (account_id, subscription_id) REFERENCES subscriptions (account_id, id);
-- One charge per (subscription, due date), whatever runs twice, races or catches up: generation
-- inserts with ON CONFLICT DO NOTHING on this key. One-off charges (NULL subscription) never collide.
CREATE UNIQUE INDEX charges_one_per_subscription_due ON charges (account_id, subscription_id, due_date);
