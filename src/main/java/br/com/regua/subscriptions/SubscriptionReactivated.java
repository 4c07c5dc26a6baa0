package br.com.regua.subscriptions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deactivated subscription generates again; the due dates that fell meanwhile were skipped. */
public record SubscriptionReactivated(UUID accountId, UUID subscriptionId, List<LocalDate> skippedDueDates) {}
