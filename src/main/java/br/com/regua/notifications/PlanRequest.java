package br.com.regua.notifications;

import br.com.regua.shared.Channel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Plan the notices of one channel whose adjusted send date falls in {@code [from, to]}, as if
 * {@code to} were today; the queued notifications record {@code routineRunId}.
 */
public record PlanRequest(UUID accountId, Channel channel, LocalDate from, LocalDate to, UUID routineRunId) {}
