CREATE TABLE payment_methods (
    account_id                  uuid        NOT NULL REFERENCES accounts (id),
    id                          uuid        NOT NULL,
    name                        text        NOT NULL,
    kind                        text        NOT NULL,
    sender_id                   uuid,
    boleto_bank                 text,
    boleto_agency               text,
    boleto_account              text,
    boleto_wallet               text,
    boleto_agreement            text,
    eligible_service_statuses   text[]      NOT NULL DEFAULT '{ACTIVE,SUSPENDED}',
    created_at                  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
