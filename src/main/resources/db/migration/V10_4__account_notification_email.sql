-- The merchant's own address ("Para mim", Appendix B): where Régua tells the merchant about its
-- account, e.g. a subscription deactivated because its notice could not be delivered (seed 001).
ALTER TABLE accounts ADD COLUMN notification_email text;
