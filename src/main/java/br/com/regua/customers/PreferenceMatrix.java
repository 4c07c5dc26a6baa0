package br.com.regua.customers;

import br.com.regua.shared.Channel;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which notices a customer (or an account's new customers) get: one switch per group, recipient
 * and channel, held as the bits of {@link PreferenceBits}.
 */
public record PreferenceMatrix(int bits) {

    public static final PreferenceMatrix DEFAULTS = new PreferenceMatrix(PreferenceBits.DEFAULTS);

    public boolean allows(NotificationGroup group, Recipient recipient, Channel channel) {
        return (bits & PreferenceBits.mask(group, recipient, channel)) != 0;
    }

    public PreferenceMatrix with(NotificationGroup group, Recipient recipient, Channel channel, boolean on) {
        int mask = PreferenceBits.mask(group, recipient, channel);
        return new PreferenceMatrix(on ? bits | mask : bits & ~mask);
    }

    /** The matrix as the API shows it: group → recipient → channel → on. */
    public Map<NotificationGroup, Map<Recipient, Map<Channel, Boolean>>> groups() {
        Map<NotificationGroup, Map<Recipient, Map<Channel, Boolean>>> groups = new EnumMap<>(NotificationGroup.class);
        for (NotificationGroup group : NotificationGroup.values()) {
            Map<Recipient, Map<Channel, Boolean>> recipients = new EnumMap<>(Recipient.class);
            for (Recipient recipient : Recipient.values()) {
                Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
                for (Channel channel : Channel.values()) channels.put(channel, allows(group, recipient, channel));
                recipients.put(recipient, channels);
            }
            groups.put(group, recipients);
        }
        return groups;
    }
}
