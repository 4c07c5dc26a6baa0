-- E-mail addresses are one mailbox whatever their case (issue 8, item 9): the domain is kept in
-- lower case (it is case-insensitive, RFC 5321 §2.4), the mailbox as written, and addresses are
-- compared in lower case: a customer has one contact per address, and the outbox's idempotency
-- key holds lower(address), so "Maria@x" and "maria@x" are one notice.

UPDATE contacts
SET email = substring(btrim(email) FROM '^(.*)@') || '@' || lower(substring(btrim(email) FROM '@([^@]*)$'))
WHERE email LIKE '%@%';

-- Contacts of a customer that are now the same address: the primary (or else the oldest) stays,
-- the others point at it and are no longer e-mailed (their mobile phone still is).
ALTER TABLE contacts ADD COLUMN duplicate_of uuid;
WITH ranked AS (
    SELECT account_id, id,
           first_value(id) OVER same AS keeper,
           row_number() OVER same AS n
    FROM contacts
    WHERE email IS NOT NULL
    WINDOW same AS (PARTITION BY account_id, customer_id, lower(email) ORDER BY is_primary DESC, created_at, id))
UPDATE contacts c SET duplicate_of = r.keeper
FROM ranked r
WHERE c.account_id = r.account_id AND c.id = r.id AND r.n > 1;
CREATE UNIQUE INDEX contacts_email_per_customer ON contacts (account_id, customer_id, lower(email))
    WHERE email IS NOT NULL AND duplicate_of IS NULL;

-- Notices already queued twice for one mailbox: the one already on its way (or else the oldest)
-- stays; a second one still queued is skipped, and both are kept for the history.
ALTER TABLE notifications ADD COLUMN duplicate_of uuid;
WITH ranked AS (
    SELECT account_id, id,
           first_value(id) OVER same AS keeper,
           row_number() OVER same AS n
    FROM notifications
    WHERE channel = 'EMAIL'
    WINDOW same AS (PARTITION BY account_id, charge_id, source, occurrence_date, channel, lower(address)
                    ORDER BY status = 'QUEUED', created_at, id)),
marked AS (
    UPDATE notifications x
    SET duplicate_of = r.keeper,
        status = CASE WHEN x.status = 'QUEUED' THEN 'SKIPPED' ELSE x.status END,
        status_reason = CASE WHEN x.status = 'QUEUED' THEN 'DUPLICATE_ADDRESS' ELSE x.status_reason END,
        updated_at = now()
    FROM ranked r
    WHERE x.account_id = r.account_id AND x.id = r.id AND r.n > 1
    RETURNING x.account_id, x.id, x.status)
INSERT INTO notification_events (account_id, notification_id, status, response)
SELECT account_id, id, status, 'DUPLICATE_ADDRESS' FROM marked WHERE status = 'SKIPPED';

DO $$
DECLARE
    old_key text;
BEGIN
    SELECT conname INTO old_key FROM pg_constraint
    WHERE conrelid = 'notifications'::regclass AND contype = 'u'
      AND pg_get_constraintdef(oid) = 'UNIQUE (account_id, charge_id, source, occurrence_date, channel, address)';
    IF old_key IS NOT NULL THEN
        EXECUTE format('ALTER TABLE notifications DROP CONSTRAINT %I', old_key);
    END IF;
END
$$;
CREATE UNIQUE INDEX notifications_idempotency_key
    ON notifications (account_id, charge_id, source, occurrence_date, channel, lower(address))
    WHERE duplicate_of IS NULL;
