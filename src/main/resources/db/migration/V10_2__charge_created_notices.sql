-- §3.2/§5 event notices that follow a creation: "cobrança gerada" (the e-mail that carries the
-- boleto) and "carnê gerado" (the carnê's PDF), each with its "enviar por padrão?" switch.
-- The charge-created notice starts off: accounts already dunning with BEFORE_DUE rules, and charges
-- imported with past due dates, must not start e-mailing every charge created; the carnê notice is
-- new with carnês, so it starts on like the other event notices.
ALTER TABLE event_notice_settings
    ADD COLUMN charge_created boolean NOT NULL DEFAULT false,
    ADD COLUMN carne_created  boolean NOT NULL DEFAULT true;
