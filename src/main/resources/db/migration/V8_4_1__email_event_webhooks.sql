-- §4 bounces and complaints: e-mail providers (SendGrid, Amazon SES via SNS) post their events to
-- /api/v1/inbound/email-events/{provider}?token=..., holding no API key. The token names the
-- account; only its SHA-256 digest is kept, like an API key's.
CREATE TABLE email_event_webhooks (
    account_id    uuid        NOT NULL REFERENCES accounts (id),
    provider      text        NOT NULL CHECK (provider IN ('SENDGRID', 'SES')),
    token_prefix  text        NOT NULL,
    token_hash    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, provider)
);
-- The digest is how an inbound call finds its account: a routing lookup, global by nature.
CREATE UNIQUE INDEX email_event_webhooks_hash ON email_event_webhooks (token_hash);
