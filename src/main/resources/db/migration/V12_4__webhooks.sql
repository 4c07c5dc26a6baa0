-- Outgoing webhooks (issue 11 item 4, product.md §6.1 /webhooks): the merchant's endpoints, the
-- outbox of events per endpoint (written in the transaction of the change that causes them), and
-- the log of every delivery attempt. docs/WEBHOOKS.md tells the whole story.

CREATE TABLE webhook_endpoints (
    account_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    url                   text        NOT NULL,
    events                text[]      NOT NULL,
    active                boolean     NOT NULL DEFAULT true,
    -- why an endpoint is inactive when Régua (not the merchant) turned it off: FAILURES (15 in a
    -- row) or GONE (the receiver answered 410)
    disabled_reason       text        CHECK (disabled_reason IN ('FAILURES', 'GONE')),
    secret                text        NOT NULL, -- the whsec_ secret, encrypted by SecretBox
    consecutive_failures  int         NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
CREATE INDEX webhook_endpoints_by_event ON webhook_endpoints USING gin (events);

-- One row per (event, endpoint subscribed to it): the order of an endpoint's events is seq's.
CREATE SEQUENCE webhook_event_seq;
CREATE TABLE webhook_events (
    account_id       uuid        NOT NULL,
    endpoint_id      uuid        NOT NULL,
    seq              bigint      NOT NULL DEFAULT nextval('webhook_event_seq'),
    message_id       text        NOT NULL DEFAULT 'msg_' || replace(gen_random_uuid()::text, '-', ''),
    type             text        NOT NULL,
    payload          jsonb       NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    attempts         int         NOT NULL DEFAULT 0,
    -- null: due now (triggers cannot read the application's clock)
    next_attempt_at  timestamptz,
    -- a delivery in flight: another instance leaves the endpoint alone until then
    claimed_until    timestamptz,
    delivered_at     timestamptz,
    PRIMARY KEY (account_id, endpoint_id, seq),
    FOREIGN KEY (account_id, endpoint_id) REFERENCES webhook_endpoints (account_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_events_undelivered ON webhook_events (account_id, endpoint_id, seq) WHERE delivered_at IS NULL;
CREATE INDEX webhook_events_delivered ON webhook_events (delivered_at) WHERE delivered_at IS NOT NULL;

CREATE TABLE webhook_deliveries (
    account_id     uuid        NOT NULL,
    endpoint_id    uuid        NOT NULL,
    id             uuid        NOT NULL,
    event_seq      bigint      NOT NULL,
    attempted_at   timestamptz NOT NULL,
    status_code    int,
    latency_ms     int         NOT NULL,
    response_body  text,        -- the first 1 KB of the answer
    error          text,
    PRIMARY KEY (account_id, endpoint_id, id),
    FOREIGN KEY (account_id, endpoint_id, event_seq)
        REFERENCES webhook_events (account_id, endpoint_id, seq) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_recent ON webhook_deliveries (account_id, endpoint_id, attempted_at DESC);

-- The "data" of a charge.* event, shared by the application's listener and the overdue trigger.
CREATE FUNCTION webhook_charge_data(c charges) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'chargeId', c.id,
        'status', c.status,
        'amount', c.amount,
        'dueDate', c.due_date,
        'effectiveDueDate', c.effective_due_date,
        'paidAt', c.paid_at,
        'paidAmount', c.paid_amount,
        'customerId', c.customer_id,
        'externalReference', c.external_reference,
        'nossoNumero', c.nosso_numero,
        'subscriptionId', c.subscription_id,
        'carneId', c.carne_id,
        'installment', c.installment))
$$;

-- charge.overdue: marking overdue is one set-based UPDATE for every account; this statement-level
-- trigger adds the events of the rows it turned OVERDUE in the same statement and transaction.
CREATE FUNCTION webhook_charges_overdue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_events (account_id, endpoint_id, type, payload)
    SELECT e.account_id, e.id, 'charge.overdue',
           jsonb_build_object('type', 'charge.overdue', 'timestamp', now(), 'data', webhook_charge_data(n))
    FROM new_rows n
    JOIN old_rows o ON o.account_id = n.account_id AND o.id = n.id
    JOIN webhook_endpoints e ON e.account_id = n.account_id AND 'charge.overdue' = ANY (e.events)
    WHERE o.status <> 'OVERDUE' AND n.status = 'OVERDUE'
    ORDER BY n.account_id, n.due_date, n.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER webhook_charges_overdue AFTER UPDATE ON charges
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_charges_overdue();

-- notification.sent|delivered|bounced|failed|skipped: every status change of a notification is a
-- row of notification_events, inserted set-based by the dispatcher (delivery.Outbound.record) and
-- the digest; this trigger turns those rows into webhook events in the same statement.
CREATE FUNCTION webhook_notification_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_events (account_id, endpoint_id, type, payload)
    SELECT e.account_id, e.id, 'notification.' || lower(i.status),
           jsonb_build_object(
               'type', 'notification.' || lower(i.status),
               'timestamp', i.at,
               'data', jsonb_strip_nulls(jsonb_build_object(
                   'notificationId', n.id,
                   'chargeId', n.charge_id,
                   'customerId', n.customer_id,
                   'channel', n.channel,
                   'recipient', n.recipient,
                   'address', n.address,
                   'status', i.status,
                   'reason', n.status_reason,
                   'response', left(i.response, 500))))
    FROM inserted i
    JOIN notifications n ON n.account_id = i.account_id AND n.id = i.notification_id
    JOIN webhook_endpoints e ON e.account_id = i.account_id
        AND ('notification.' || lower(i.status)) = ANY (e.events)
    WHERE i.status IN ('SENT', 'DELIVERED', 'BOUNCED', 'FAILED', 'SKIPPED')
    ORDER BY i.account_id, i.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER webhook_notification_events AFTER INSERT ON notification_events
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_notification_events();
