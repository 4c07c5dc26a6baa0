package br.com.regua.notifications;

import br.com.regua.shared.Channel;
import java.time.LocalDate;
import java.util.UUID;

/** Optional filters of the notification list; {@code from}/{@code to} bound the scheduled date. */
public record NotificationFilter(
        UUID chargeId, NotificationStatus status, Channel channel, LocalDate from, LocalDate to, UUID routineRunId) {}
