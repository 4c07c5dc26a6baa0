package br.com.regua.delivery.inbound;

import br.com.regua.delivery.Suppressions;

/**
 * A provider's event that suppresses an e-mail address, with the provider's own words as detail,
 * and the Message-ID of the message it is about when the provider gives it (null otherwise).
 */
record AddressEvent(String address, Suppressions.Reason reason, String detail, String messageId) {

    private static final int MAX_DETAIL = 500;
    private static final int MAX_ADDRESS = 254;

    /** Whether a provider's recipient field looks like an e-mail address worth suppressing. */
    static boolean isAddress(String text) {
        return text != null && text.length() <= MAX_ADDRESS && text.indexOf('@') > 0;
    }

    AddressEvent(String address, Suppressions.Reason reason, String detail) {
        this(address, reason, detail, null);
    }

    AddressEvent {
        if (detail != null && detail.length() > MAX_DETAIL) detail = detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
