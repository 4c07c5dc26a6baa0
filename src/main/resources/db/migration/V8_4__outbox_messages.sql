-- §4 / §6.3: the local "outbox" provider of SMS and WhatsApp. Nothing leaves the machine; each
-- message is kept here for the back-office to show. A notification is stored once, however often
-- the dispatcher retries it.
CREATE TABLE outbox_messages (
    account_id           uuid        NOT NULL REFERENCES accounts (id),
    id                   uuid        NOT NULL,
    notification_id      uuid,
    sender_id            uuid,
    channel              text        NOT NULL CHECK (channel IN ('SMS', 'WHATSAPP')),
    address              text        NOT NULL,
    text                 text,
    template_name        text,
    template_parameters  text[]      NOT NULL DEFAULT '{}',
    created_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX outbox_messages_one_per_notification ON outbox_messages (account_id, notification_id)
    WHERE notification_id IS NOT NULL;
