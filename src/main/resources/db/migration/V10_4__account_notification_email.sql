-- The merchant's own address ("Para mim", Appendix B): where Régua tells the merchant about its
-- account, e.g. a subscription deactivated because its notice could not be delivered (seed 001).
ALTER TABLE accounts ADD COLUMN notification_email text;

-- A complaint or an unsubscribe names an address: the notices to it are found on an index, not by
-- reading every notification of the account (UndeliverableAddresses).
CREATE INDEX notifications_by_email_address ON notifications (account_id, lower(address)) WHERE channel = 'EMAIL';
