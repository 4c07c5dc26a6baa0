-- A caught message belongs to the account whose notice produced it, and only that account reads
-- it (matching by from-address let another account that named the same address read them all).
ALTER TABLE caught_messages ADD COLUMN account_id uuid;

-- Messages caught before: their Message-ID is the notification's id at the sender's domain.
UPDATE caught_messages c SET account_id = n.account_id
FROM notifications n
WHERE c.account_id IS NULL
  AND c.message_id LIKE '<%@%>'
  AND n.id::text = substring(c.message_id FROM 2 FOR position('@' IN c.message_id) - 2);

DROP INDEX caught_messages_from;
CREATE INDEX caught_messages_by_account ON caught_messages (account_id, received_at DESC);
