package br.com.regua.customers;

import br.com.regua.shared.Channel;

/**
 * The preference matrix is stored as one int per customer, a bit per (group, recipient,
 * channel), so the set-based planner can test it without a join:
 * {@code (notification_preferences >> bit) & 1 = 1}.
 */
public final class PreferenceBits {

    private PreferenceBits() {}

    public static int bit(NotificationGroup group, Recipient recipient, Channel channel) {
        return group.ordinal() * 6 + recipient.ordinal() * 3 + channel.ordinal();
    }

    public static int mask(NotificationGroup group, Recipient recipient, Channel channel) {
        return 1 << bit(group, recipient, channel);
    }

    /** Every cell "Para mim": whether a matrix asks for any copy to the merchant. */
    public static final int MERCHANT_MASK = merchantMask();

    private static int merchantMask() {
        int mask = 0;
        for (NotificationGroup group : NotificationGroup.values()) {
            for (Channel channel : Channel.values()) mask |= mask(group, Recipient.MERCHANT, channel);
        }
        return mask;
    }

    /**
     * New accounts' default for new customers: the customer gets e-mail and SMS in every group;
     * WhatsApp (charged per message) and copies to the merchant are off until chosen.
     */
    public static final int DEFAULTS = defaults();

    private static int defaults() {
        int mask = 0;
        for (NotificationGroup group : NotificationGroup.values()) {
            mask |= mask(group, Recipient.CUSTOMER, Channel.EMAIL);
            mask |= mask(group, Recipient.CUSTOMER, Channel.SMS);
        }
        return mask;
    }
}
