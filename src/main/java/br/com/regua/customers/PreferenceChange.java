package br.com.regua.customers;

import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import java.util.Arrays;
import java.util.Map;

/**
 * The cells a client turns on ({@code set}) and off ({@code clear}); every other cell stays, so the
 * back-office can save one checkbox at a time and two quick clicks never undo each other.
 */
record PreferenceChange(int set, int clear) {

    static final PreferenceChange NONE = new PreferenceChange(0, 0);

    /** Reads {@code {"OVERDUE": {"CUSTOMER": {"SMS": false}}}}; an unknown name is a 400 naming its path. */
    static PreferenceChange parse(Map<String, Map<String, Map<String, Boolean>>> groups) {
        if (groups == null) return NONE;
        int set = 0;
        int clear = 0;
        for (var byGroup : groups.entrySet()) {
            String groupPath = "groups." + byGroup.getKey();
            NotificationGroup group = name(NotificationGroup.class, byGroup.getKey(), groupPath);
            if (byGroup.getValue() == null) throw new InvalidFieldException(groupPath, "deve ser um objeto");
            for (var byRecipient : byGroup.getValue().entrySet()) {
                String recipientPath = groupPath + "." + byRecipient.getKey();
                Recipient recipient = name(Recipient.class, byRecipient.getKey(), recipientPath);
                if (byRecipient.getValue() == null)
                    throw new InvalidFieldException(recipientPath, "deve ser um objeto");
                for (var byChannel : byRecipient.getValue().entrySet()) {
                    String channelPath = recipientPath + "." + byChannel.getKey();
                    Channel channel = name(Channel.class, byChannel.getKey(), channelPath);
                    Boolean on = byChannel.getValue();
                    if (on == null) throw new InvalidFieldException(channelPath, "deve ser true ou false");
                    int mask = PreferenceBits.mask(group, recipient, channel);
                    if (on) set |= mask;
                    else clear |= mask;
                }
            }
        }
        return new PreferenceChange(set, clear);
    }

    PreferenceMatrix applyTo(PreferenceMatrix matrix) {
        return new PreferenceMatrix((matrix.bits() & ~clear) | set);
    }

    private static <E extends Enum<E>> E name(Class<E> type, String name, String path) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) return value;
        }
        throw new InvalidFieldException(path, "valor inválido; aceitos: " + Arrays.toString(type.getEnumConstants()));
    }
}
