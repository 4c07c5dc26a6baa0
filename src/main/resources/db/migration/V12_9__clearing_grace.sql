-- "Carência de compensação" (issue 11 item 5): business days after the first overdue day during
-- which a payment method's after-due and overdue notices wait for a return file or a Pix
-- webhook, because a boleto paid on its due date is confirmed one or two business days later.
-- 0, the default, keeps seed 000's "um dia após o vencimento" as written.
ALTER TABLE payment_methods ADD COLUMN clearing_grace_days int NOT NULL DEFAULT 0
    CHECK (clearing_grace_days BETWEEN 0 AND 10);
