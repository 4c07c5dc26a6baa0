-- Layouts ("Layouts de e-mail / modelos") of an account. The built-in ones live in the code
-- (classpath:layouts/) and are referred to by their text ids (builtin-…); an account's own ones
-- by their uuid, which sending_rules.template_id and notifications.template_id hold as text.
CREATE TABLE templates (
    account_id           uuid        NOT NULL REFERENCES accounts (id),
    id                   uuid        NOT NULL,
    name                 text        NOT NULL,
    channel              text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WHATSAPP')),
    subject              text,
    html                 text,
    text                 text,
    whatsapp_name        text,
    whatsapp_language    text,
    whatsapp_parameters  text[],
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, id)
);
