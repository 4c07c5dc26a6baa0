package br.com.regua.rules;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.UUID;

/** A rule of a payment method: which notice goes out when, by which channel, with which layout. */
public record SendingRule(
        UUID id,
        UUID paymentMethodId,
        Trigger trigger,
        int days,
        Channel channel,
        String templateId,
        boolean attachInvoice,
        boolean active,
        Instant createdAt) {

    /** How the rule reads in messages: "AFTER_DUE 13 dias por EMAIL". */
    public String describe() {
        if (trigger == Trigger.ON_DUE) return "ON_DUE por " + channel;
        return trigger + " " + days + (days == 1 ? " dia" : " dias") + " por " + channel;
    }
}
