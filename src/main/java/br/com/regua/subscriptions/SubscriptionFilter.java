package br.com.regua.subscriptions;

import java.util.UUID;

/** Optional filters of the subscription list ("Agendamentos desativados": status and number). */
public record SubscriptionFilter(SubscriptionStatus status, Long number, UUID customerId) {

    public static final SubscriptionFilter ALL = new SubscriptionFilter(null, null, null);
}
