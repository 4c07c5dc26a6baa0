-- §4 dispatch: who holds a notification while sending, and every state change after QUEUED with
-- its time and the server's or provider's answer.
ALTER TABLE notifications ADD COLUMN claimed_at timestamptz;
ALTER TABLE notifications ADD COLUMN sent_at timestamptz;
ALTER TABLE notifications ADD COLUMN provider_message_id text;
CREATE INDEX notifications_sending ON notifications (claimed_at) WHERE status = 'SENDING';

CREATE TABLE notification_events (
    account_id       uuid        NOT NULL,
    notification_id  uuid        NOT NULL,
    id               bigint GENERATED ALWAYS AS IDENTITY,
    at               timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL,
    response         text,
    PRIMARY KEY (account_id, notification_id, id)
);

-- The boleto and Pix of a charge, computed once at creation (product.md §2).
ALTER TABLE charges ADD COLUMN nosso_numero text;
ALTER TABLE charges ADD COLUMN barcode text;
ALTER TABLE charges ADD COLUMN digitable_line text;
ALTER TABLE charges ADD COLUMN pix_payload text;
