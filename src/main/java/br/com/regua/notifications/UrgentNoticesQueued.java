package br.com.regua.notifications;

import java.util.UUID;

/**
 * Event notices or a manual resend were queued for {@code accountId} (priority 0 or 1): published
 * inside the queuing transaction, so a listener after its commit finds them in the outbox.
 */
public record UrgentNoticesQueued(UUID accountId, int count) {}
