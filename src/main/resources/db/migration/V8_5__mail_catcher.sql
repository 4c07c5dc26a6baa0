-- The embedded default's mail catcher: what it received, shown in the back-office. It is one
-- per process and not an account's data: the page shows an account the messages sent from its
-- own senders' addresses.
CREATE TABLE caught_messages (
    id           uuid        PRIMARY KEY,
    message_id   text,
    mail_from    text,
    rcpt_to      text        NOT NULL,
    subject      text,
    raw          bytea       NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX caught_messages_from ON caught_messages (mail_from, received_at DESC);
