package br.com.regua.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the API shows it. {@code secret} is there only in the answer to its creation (and
 * to a rotation): it is shown once. {@code disabledReason} says why Régua turned it off: FAILURES
 * (15 deliveries failed in a row) or GONE (the receiver answered 410).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEndpoint(
        UUID id,
        String url,
        List<String> events,
        boolean active,
        String disabledReason,
        int consecutiveFailures,
        long pendingEvents,
        Instant createdAt,
        String secret) {

    WebhookEndpoint withSecret(String secret) {
        return new WebhookEndpoint(
                id, url, events, active, disabledReason, consecutiveFailures, pendingEvents, createdAt, secret);
    }
}
