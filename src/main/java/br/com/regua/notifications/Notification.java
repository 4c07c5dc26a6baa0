package br.com.regua.notifications;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One intended message to one address: a row of the outbox. */
public record Notification(
        UUID id,
        UUID chargeId,
        UUID customerId,
        String source,
        UUID ruleId,
        String trigger,
        Integer days,
        Channel channel,
        String recipient,
        String address,
        LocalDate occurrenceDate,
        LocalDate scheduledFor,
        int priority,
        NotificationStatus status,
        String statusReason,
        String templateId,
        boolean attachInvoice,
        UUID routineRunId,
        int attempts,
        String lastResponse,
        Instant createdAt,
        Instant updatedAt) {

    /** The idempotency key: charge, rule or event, occurrence date, channel, address, recipient. */
    public String idempotencyKey() {
        return chargeId + ":" + source + ":" + occurrenceDate + ":" + channel + ":" + address + ":" + recipient;
    }
}
