CREATE TABLE customers (
    account_id             uuid        NOT NULL REFERENCES accounts (id),
    id                     uuid        NOT NULL,
    name                   text        NOT NULL,
    document               text        NOT NULL,
    document_type          text        NOT NULL CHECK (document_type IN ('CPF', 'CNPJ')),
    notifications_disabled boolean     NOT NULL DEFAULT false,
    external_reference     text,
    created_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
CREATE INDEX customers_document ON customers (account_id, document);

CREATE TABLE contacts (
    account_id     uuid        NOT NULL,
    id             uuid        NOT NULL,
    customer_id    uuid        NOT NULL,
    name           text        NOT NULL,
    email          text,
    mobile_phone   text,
    is_primary     boolean     NOT NULL DEFAULT false,
    allow_email    boolean     NOT NULL DEFAULT true,
    allow_sms      boolean     NOT NULL DEFAULT true,
    allow_whatsapp boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, customer_id) REFERENCES customers (account_id, id)
);
CREATE INDEX contacts_customer ON contacts (account_id, customer_id);
CREATE UNIQUE INDEX contacts_primary ON contacts (account_id, customer_id) WHERE is_primary;

CREATE TABLE services (
    account_id             uuid        NOT NULL,
    id                     uuid        NOT NULL,
    customer_id            uuid        NOT NULL,
    description            text        NOT NULL,
    status                 text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'INACTIVE', 'CANCELLED')),
    allow_billing_email    boolean     NOT NULL DEFAULT true,
    allow_billing_sms      boolean     NOT NULL DEFAULT true,
    allow_billing_whatsapp boolean     NOT NULL DEFAULT true,
    created_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, customer_id, id),
    FOREIGN KEY (account_id, customer_id) REFERENCES customers (account_id, id)
);
