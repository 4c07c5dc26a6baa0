-- Every customer has a preference matrix, so set-based SQL can test a bit without COALESCE:
-- (notification_preferences >> bit) & 1 = 1.
-- Customers created before the matrix existed get their account's defaults, or the built-in ones
-- (PreferenceBits.DEFAULTS = 99864: e-mail and SMS to the customer in every group). New customers
-- are given their account's defaults by the application; the column default is only a floor.
UPDATE customers c
SET notification_preferences = COALESCE(
        (SELECT d.preferences FROM notification_defaults d WHERE d.account_id = c.account_id), 99864)
WHERE notification_preferences IS NULL;

ALTER TABLE customers ALTER COLUMN notification_preferences SET DEFAULT 99864;
ALTER TABLE customers ALTER COLUMN notification_preferences SET NOT NULL;
