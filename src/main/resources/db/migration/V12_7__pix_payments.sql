-- Pix payments (issue 11 item 3): the PSP posts each received Pix to the account's webhook URL in
-- the shape of the Banco Central's API Pix; Régua matches it to a charge by its txid.

-- The txid a charge's copia-e-cola carries (EMV field 62, sub-field 05; "***" is "none"), read from
-- the payload itself so that every way a payload is written (one-off, subscription, carnê, a boleto
-- issued elsewhere) fills it, and the charges issued before this migration are backfilled.
CREATE FUNCTION regua_pix_txid(payload text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    pos    int := 1;
    len    int;
    val    text;
    sub    int;
    sublen int;
BEGIN
    IF payload IS NULL THEN RETURN NULL; END IF;
    WHILE pos + 3 <= length(payload) LOOP
        IF substr(payload, pos + 2, 2) !~ '^[0-9]{2}$' THEN RETURN NULL; END IF;
        len := substr(payload, pos + 2, 2)::int;
        IF substr(payload, pos, 2) = '62' THEN
            val := substr(payload, pos + 4, len);
            sub := 1;
            WHILE sub + 3 <= length(val) LOOP
                IF substr(val, sub + 2, 2) !~ '^[0-9]{2}$' THEN RETURN NULL; END IF;
                sublen := substr(val, sub + 2, 2)::int;
                IF substr(val, sub, 2) = '05' THEN
                    val := substr(val, sub + 4, sublen);
                    RETURN CASE WHEN val IN ('', '***') THEN NULL ELSE val END;
                END IF;
                sub := sub + 4 + sublen;
            END LOOP;
            RETURN NULL;
        END IF;
        pos := pos + 4 + len;
    END LOOP;
    RETURN NULL;
END $$;

ALTER TABLE charges ADD COLUMN pix_txid text GENERATED ALWAYS AS (regua_pix_txid(pix_payload)) STORED;
-- Not unique: each payment method numbers its own boletos and the txid is "REGUA" + nosso número,
-- so two BOLIX methods of one account can share a txid; the match then looks at the Pix key.
CREATE INDEX charges_pix_txid ON charges (account_id, pix_txid) WHERE pix_txid IS NOT NULL;

-- One webhook URL per account; only the SHA-256 digest of its secret is kept, shown once when made.
CREATE TABLE pix_webhooks (
    account_id        uuid        NOT NULL REFERENCES accounts (id),
    secret_prefix     text        NOT NULL,
    secret_hash       text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_received_at  timestamptz,
    deliveries        bigint      NOT NULL DEFAULT 0,
    replays           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id)
);
-- The digest is how a PSP's call finds its account: a routing lookup, global by nature (256-bit
-- secrets do not collide, so it needs no unique key).
CREATE INDEX pix_webhooks_secret ON pix_webhooks (secret_hash);

-- Every Pix received, matched or not: a payment that pays nothing is kept with its reason.
CREATE TABLE pix_payments (
    account_id         uuid        NOT NULL REFERENCES accounts (id),
    id                 uuid        NOT NULL,
    end_to_end_id      text        NOT NULL,
    txid               text,
    amount             bigint      NOT NULL CHECK (amount > 0),
    paid_at            timestamptz NOT NULL,
    pix_key            text,
    payer_info         text,
    refunds            jsonb,
    outcome            text        NOT NULL CHECK (outcome IN ('PAID', 'PAID_DIFFERENT_AMOUNT', 'ALREADY_PAID',
                                                               'CHARGE_CANCELLED', 'UNKNOWN_TXID', 'NO_TXID',
                                                               'AMBIGUOUS_TXID')),
    charge_id          uuid,
    amount_difference  bigint,
    received_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    -- the PSP retries until it hears 200: the same Pix twice is the same payment
    UNIQUE (account_id, end_to_end_id),
    FOREIGN KEY (account_id, charge_id) REFERENCES charges (account_id, id)
);
CREATE INDEX pix_payments_charge ON pix_payments (account_id, charge_id) WHERE charge_id IS NOT NULL;
