package br.com.regua.notifications;

import br.com.regua.customers.Recipient;
import br.com.regua.shared.Channel;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One candidate notice of a charge (a rule or event, to one contact or, a copy, to the merchant) with its dates and the
 * outcome of every check, as the planner would see it.
 */
/**
 * ({@code heldFrom}: the date it would have gone on without its payment method's clearing grace
 * of {@code clearingGraceDays} business days, when the grace moved it later; else null.)
 */
public record CandidateEvaluation(
        String source,
        UUID ruleId,
        String trigger,
        Integer days,
        Channel channel,
        Recipient recipient,
        UUID contactId,
        String address,
        LocalDate occurrenceDate,
        LocalDate sendDate,
        LocalDate heldFrom,
        Integer clearingGraceDays,
        Map<Check, Boolean> checks,
        String skipReason) {

    public boolean passes(Check check) {
        return Boolean.TRUE.equals(checks.get(check));
    }
}
