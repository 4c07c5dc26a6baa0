-- The merchant's own notices ("Para mim", seed 003; product.md §3.3, Appendix B).

-- Where the merchant's copies go: notification_email (V10_4) for e-mail, notification_mobile for
-- SMS and WhatsApp; merchant_digest: one e-mail a day instead of one per charge.
ALTER TABLE accounts ADD COLUMN notification_mobile text;
ALTER TABLE accounts ADD COLUMN merchant_digest boolean NOT NULL DEFAULT false;

-- notifications.recipient (V6) says who a notification is for: a merchant copy has no contact,
-- its address is the account's. With the daily digest, a merchant e-mail copy is HELD until the
-- day's digest carries it (digest_id), then SENT.
ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_check CHECK (recipient IN ('CUSTOMER', 'MERCHANT'));
ALTER TABLE notifications ADD COLUMN digest_id uuid;
ALTER TABLE notifications DROP CONSTRAINT notifications_status_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
    CHECK (status IN ('QUEUED', 'HELD', 'SENDING', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED', 'SKIPPED', 'CANCELLED'));

-- A merchant copy has its own idempotency key: the same notice to the customer and to the
-- merchant are two notifications even when both have the same address.
DROP INDEX notifications_idempotency_key;
CREATE UNIQUE INDEX notifications_idempotency_key
    ON notifications (account_id, charge_id, source, occurrence_date, channel, lower(address),
                      COALESCE(resend_id, '00000000-0000-0000-0000-000000000000'::uuid), recipient)
    WHERE duplicate_of IS NULL;
CREATE INDEX notifications_held ON notifications (account_id, scheduled_for) WHERE status = 'HELD' AND digest_id IS NULL;

-- The daily digest: one e-mail listing a day's held copies. A copy belongs to one digest
-- (notifications.digest_id, set in the statement that claims it); a copy held after its day's
-- digest went (a replayed date) goes in a second digest of that day.
CREATE TABLE merchant_digests (
    account_id uuid        NOT NULL,
    id         uuid        NOT NULL,
    day        date        NOT NULL,
    status     text        NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
    address    text        NOT NULL,
    notices    int         NOT NULL,
    response   text,
    attempts   int         NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
CREATE INDEX merchant_digests_by_day ON merchant_digests (account_id, day);
CREATE INDEX merchant_digests_unsent ON merchant_digests (updated_at) WHERE status <> 'SENT';
CREATE INDEX notifications_by_digest ON notifications (account_id, digest_id) WHERE digest_id IS NOT NULL;
