package br.com.regua.charges;

import java.util.List;
import java.util.UUID;

/**
 * Many charges of one account confirmed as paid at once (a bank return file), each as its {@link
 * ChargePaid} would say, the account's default for the notice: published once, so that listeners
 * do their work set-based. A module that listens to {@link ChargePaid} must listen to this too.
 */
public record ChargesPaid(UUID accountId, List<ChargePaid> payments) {

    public List<UUID> chargeIds() {
        return payments.stream().map(ChargePaid::chargeId).toList();
    }
}
