package br.com.regua.charges;

import java.time.LocalDate;
import java.util.UUID;

/** The charge a subscription owes for one due date, as its generation asks for it. */
public record SubscriptionCharge(
        UUID subscriptionId,
        UUID customerId,
        UUID serviceId,
        UUID paymentMethodId,
        long amount,
        String description,
        LocalDate dueDate) {}
