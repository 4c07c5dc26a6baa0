package br.com.regua.customers;

import br.com.regua.shared.Channel;

/**
 * What a customer agreed to receive: the master switch ({@code enabled}), the matrix, and letters
 * by post ("enviar boletos via Correios").
 */
public record CustomerPreferences(boolean enabled, boolean postalDelivery, PreferenceMatrix matrix) {

    /** Whether such a notice may go out: the master switch is on and the matrix allows it. */
    public boolean allows(NotificationGroup group, Recipient recipient, Channel channel) {
        return enabled && matrix.allows(group, recipient, channel);
    }
}
