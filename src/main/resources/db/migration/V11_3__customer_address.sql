-- A customer's postal address (issue 10 item 3, seed 003 "Enviar boletos gerados via Correios"):
-- required while postal delivery is on; the print batches of a later change read it.
ALTER TABLE customers
    ADD COLUMN address_cep        text,
    ADD COLUMN address_street     text,
    ADD COLUMN address_number     text,
    ADD COLUMN address_complement text,
    ADD COLUMN address_district   text,
    ADD COLUMN address_city       text,
    ADD COLUMN address_state      text,
    ADD CONSTRAINT customers_address_whole CHECK (
        (address_cep IS NULL) = (address_street IS NULL) AND (address_cep IS NULL) = (address_city IS NULL));
-- No CHECK that postal delivery has an address: customers whose "Correios" box was ticked before
-- addresses existed would make this migration fail. The application refuses to switch it on, or to
-- remove the address while it is on; the print batches (still to come) must skip such a customer, saying why.
