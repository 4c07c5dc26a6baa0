-- §4 optional DKIM signing of an SMTP sender's e-mail: the signing domain (d=), the selector (s=),
-- the RSA private key encrypted like the SMTP password, and its public key (not a secret: it is
-- what the merchant publishes in DNS, kept so that showing the record never decrypts the key).
ALTER TABLE senders ADD COLUMN dkim_domain text;
ALTER TABLE senders ADD COLUMN dkim_selector text;
ALTER TABLE senders ADD COLUMN dkim_private_key_encrypted text;
ALTER TABLE senders ADD COLUMN dkim_public_key text;
ALTER TABLE senders ADD CONSTRAINT senders_dkim_all_or_none CHECK (
    (dkim_domain IS NULL AND dkim_selector IS NULL AND dkim_private_key_encrypted IS NULL AND dkim_public_key IS NULL)
    OR (dkim_domain IS NOT NULL AND dkim_selector IS NOT NULL AND dkim_private_key_encrypted IS NOT NULL
        AND dkim_public_key IS NOT NULL));
