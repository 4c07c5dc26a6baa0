-- Each boleto payment method numbers its own boletos ("nosso número"); BOLIX methods also carry
-- the Pix key their copia-e-cola pays into.
ALTER TABLE payment_methods ADD COLUMN next_nosso_numero bigint NOT NULL DEFAULT 1;
ALTER TABLE payment_methods ADD COLUMN pix_key text;
ALTER TABLE payment_methods ADD COLUMN pix_city text;
