package br.com.regua.charges;

import java.util.UUID;

/**
 * The account's "enviar por padrão?" answers that the charge forms prefill their "enviar e-mail ao
 * cliente" checkboxes with. The notifications module owns the switches and implements this; the
 * charges module only asks, so it does not depend on notifications (which depends on charges).
 */
public interface NoticeDefaults {

    /** "Cobrança gerada" sent by default when a charge is created. */
    boolean chargeCreated(UUID accountId);

    /** "Confirmação manual de pagamento" sent by default. */
    boolean paymentConfirmation(UUID accountId);

    /** "Cancelamento de cobrança" sent by default. */
    boolean chargeCancellation(UUID accountId);
}
