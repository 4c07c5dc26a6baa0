package br.com.regua.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt at delivering an event: the receiver's HTTP status (null when none came: timeout,
 * refused connection), how long it took, the first 1 KB of its answer, or the error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(
        UUID id,
        String eventId,
        String eventType,
        Instant attemptedAt,
        Integer statusCode,
        int latencyMs,
        String responseBody,
        String error,
        boolean delivered) {}
