package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notification a worker has claimed (now SENDING), with what it needs to build the message;
 * {@code attempts} counts this claim; {@code waitingForSender}: it was waiting for its sender to be
 * switched on again when claimed.
 */
record Claimed(
        UUID accountId,
        UUID id,
        UUID chargeId,
        UUID customerId,
        UUID contactId,
        String source,
        String trigger,
        Integer days,
        Channel channel,
        String recipient,
        String address,
        LocalDate occurrenceDate,
        String templateId,
        boolean attachInvoice,
        int attempts,
        int priority,
        boolean waitingForSender) {

    /** A copy for the merchant ("Para mim"), not a notice to the customer. */
    boolean merchantCopy() {
        return "MERCHANT".equals(recipient);
    }

    /** Manual resends (0) and event notices (1) go before routine notices (2). */
    boolean urgent() {
        return priority < 2;
    }

    /**
     * Notices about the charge's own closing (payment, cancellation) or its subscription's or carnê's
     * go out to a closed charge (EventNotice.aboutClosing).
     */
    boolean aboutClosing() {
        return switch (source) {
            case "PAYMENT_CONFIRMATION", "CHARGE_CANCELLATION", "SUBSCRIPTION_CANCELLATION", "CARNE_CANCELLATION" ->
                true;
            default -> false;
        };
    }
}
