-- The dunning engine (product.md §3 and the outbox of §4).

-- §3.4 calendar: the account's own holidays (state, municipal, one-off or yearly) and its policy.
CREATE TABLE account_holidays (
    account_id  uuid        NOT NULL REFERENCES accounts (id),
    id          uuid        NOT NULL,
    date        date        NOT NULL,
    name        text        NOT NULL,
    yearly      boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
CREATE INDEX account_holidays_date ON account_holidays (account_id, date);

CREATE TABLE calendar_settings (
    account_id  uuid PRIMARY KEY REFERENCES accounts (id),
    policy      text NOT NULL DEFAULT 'BUSINESS_DAYS' CHECK (policy IN ('BUSINESS_DAYS', 'EXACT'))
);

-- §3.1 sending rules of a payment method.
CREATE TABLE sending_rules (
    account_id         uuid        NOT NULL,
    id                 uuid        NOT NULL,
    payment_method_id  uuid        NOT NULL,
    trigger            text        NOT NULL CHECK (trigger IN ('BEFORE_DUE', 'ON_DUE', 'AFTER_DUE')),
    days               int         NOT NULL CHECK (days BETWEEN 0 AND 365),
    channel            text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WHATSAPP')),
    template_id        text        NOT NULL,
    attach_invoice     boolean     NOT NULL DEFAULT false,
    active             boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, payment_method_id, trigger, days, channel),
    FOREIGN KEY (account_id, payment_method_id) REFERENCES payment_methods (account_id, id)
);

-- §3.2 event notices: account-wide "enviar por padrão?" switches.
CREATE TABLE event_notice_settings (
    account_id                 uuid PRIMARY KEY REFERENCES accounts (id),
    overdue_notice             boolean NOT NULL DEFAULT true,
    payment_confirmation       boolean NOT NULL DEFAULT true,
    charge_cancellation        boolean NOT NULL DEFAULT true,
    subscription_cancellation  boolean NOT NULL DEFAULT true,
    carne_cancellation         boolean NOT NULL DEFAULT true
);

-- §3.3 per-customer preference matrix (groups x recipients x channels, one bit each), the
-- account's defaults for new customers, and postal delivery.
ALTER TABLE customers ADD COLUMN notification_preferences int;
ALTER TABLE customers ADD COLUMN postal_delivery boolean NOT NULL DEFAULT false;
CREATE TABLE notification_defaults (
    account_id   uuid PRIMARY KEY REFERENCES accounts (id),
    preferences  int  NOT NULL
);

-- §3.6 check 9: "não avisar até".
ALTER TABLE services ADD COLUMN pause_notices_until date;
ALTER TABLE charges ADD COLUMN pause_notices_until date;

-- §3.6 check 7: suppressed addresses (hard bounce, complaint, unsubscribe).
CREATE TABLE suppressions (
    account_id  uuid        NOT NULL REFERENCES accounts (id),
    channel     text        NOT NULL,
    address     text        NOT NULL,
    reason      text        NOT NULL,
    detail      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, channel, address)
);

-- §3.6 check 8 and §4: senders (SMTP for e-mail; HTTP providers for SMS and WhatsApp).
CREATE TABLE senders (
    account_id          uuid        NOT NULL REFERENCES accounts (id),
    id                  uuid        NOT NULL,
    channel             text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WHATSAPP')),
    name                text        NOT NULL,
    active              boolean     NOT NULL DEFAULT true,
    provider            text        NOT NULL DEFAULT 'SMTP',
    host                text,
    port                int,
    security            text,
    username            text,
    password_encrypted  text,
    from_address        text,
    from_name           text,
    settings            jsonb       NOT NULL DEFAULT '{}',
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);

-- §3.5 routines and their runs.
CREATE TABLE routines (
    account_id       uuid        NOT NULL REFERENCES accounts (id),
    id               uuid        NOT NULL,
    name             text        NOT NULL,
    task             text        NOT NULL,
    time_of_day      time        NOT NULL,
    days_of_week     text[]      NOT NULL,
    run_on_holidays  boolean     NOT NULL DEFAULT true,
    active           boolean     NOT NULL DEFAULT true,
    catch_up_days    int         NOT NULL DEFAULT 7 CHECK (catch_up_days BETWEEN 1 AND 60),
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);

CREATE TABLE routine_runs (
    account_id   uuid        NOT NULL,
    id           uuid        NOT NULL,
    routine_id   uuid        NOT NULL,
    run_date     date        NOT NULL,
    window_from  date        NOT NULL,
    trigger      text        NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL')),
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    evaluated    int         NOT NULL DEFAULT 0,
    queued       int         NOT NULL DEFAULT 0,
    skipped      jsonb       NOT NULL DEFAULT '{}',
    error        text,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, routine_id) REFERENCES routines (account_id, id)
);
CREATE INDEX routine_runs_by_date ON routine_runs (account_id, routine_id, run_date);
-- A scheduled tick runs each routine once a day, however many instances are up.
CREATE UNIQUE INDEX routine_runs_one_scheduled_per_day ON routine_runs (account_id, routine_id, run_date)
    WHERE trigger = 'SCHEDULE';

-- §4 the outbox: one row per intended message to one address. The unique key is the
-- notification's idempotency key: a second run, a second instance, a retry insert nothing new.
CREATE TABLE notifications (
    account_id       uuid        NOT NULL,
    id               uuid        NOT NULL,
    charge_id        uuid        NOT NULL,
    customer_id      uuid        NOT NULL,
    source           text        NOT NULL, -- the rule's id, or the event's name
    rule_id          uuid,
    trigger          text        NOT NULL,
    days             int,
    channel          text        NOT NULL,
    recipient        text        NOT NULL DEFAULT 'CUSTOMER',
    contact_id       uuid,
    address          text        NOT NULL,
    occurrence_date  date        NOT NULL, -- the nominal date, before business-day adjustment
    scheduled_for    date        NOT NULL,
    priority         smallint    NOT NULL, -- 0 manual resend, 1 event notice, 2 routine
    status           text        NOT NULL DEFAULT 'QUEUED'
        CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED', 'SKIPPED', 'CANCELLED')),
    template_id      text,
    attach_invoice   boolean     NOT NULL DEFAULT false,
    routine_run_id   uuid,
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_response    text,
    status_reason    text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, charge_id, source, occurrence_date, channel, address)
);
CREATE INDEX notifications_by_charge ON notifications (account_id, charge_id);
CREATE INDEX notifications_by_run ON notifications (account_id, routine_run_id);
CREATE INDEX notifications_queued ON notifications (priority, next_attempt_at) WHERE status = 'QUEUED';

-- The planner also counts charges that are no longer open (skip reason), so it needs them indexed.
DROP INDEX charges_open_by_due;
CREATE INDEX charges_by_method_and_due ON charges (account_id, payment_method_id, due_date);
