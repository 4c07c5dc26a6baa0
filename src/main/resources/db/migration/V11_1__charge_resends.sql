-- Manual resends (product.md §4.1, seed 003): "Reenviar e-mail/SMS/WhatsApp de notificação" from a charge.
CREATE TABLE charge_resends (
    account_id uuid        NOT NULL,
    id         uuid        NOT NULL,
    charge_id  uuid        NOT NULL,
    -- the channels this resend sent on (the limits count resends per channel)
    channels   text[]      NOT NULL,
    -- the group it resent: BEFORE_DUE for a PENDING charge, OVERDUE for an OVERDUE one
    grp        text        NOT NULL CHECK (grp IN ('BEFORE_DUE', 'OVERDUE')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, charge_id) REFERENCES charges (account_id, id)
);
CREATE INDEX charge_resends_by_charge ON charge_resends (account_id, charge_id, created_at);

-- A resent notice is a notification of its own: the same rule and occurrence as the original, told
-- apart by its resend, so the idempotency key takes the resend in (NULL for every other notice).
ALTER TABLE notifications ADD COLUMN resend_id uuid;
DROP INDEX notifications_idempotency_key;
CREATE UNIQUE INDEX notifications_idempotency_key
    ON notifications (account_id, charge_id, source, occurrence_date, channel, lower(address),
                      COALESCE(resend_id, '00000000-0000-0000-0000-000000000000'::uuid))
    WHERE duplicate_of IS NULL;
CREATE INDEX notifications_by_resend ON notifications (account_id, resend_id) WHERE resend_id IS NOT NULL;
