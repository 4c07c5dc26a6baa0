package br.com.regua.web;

/**
 * Seed 000's per-operation "enviar e-mail ao cliente" checkbox, prefilled with the account's
 * "enviar por padrão?". An unchecked checkbox sends nothing, so its form also sends a hidden
 * {@code _notifyCustomer}: with it the answer is yes or no; without it (an older page, another
 * client) null, the account's default.
 */
public final class NoticeCheckbox {

    private NoticeCheckbox() {}

    public static Boolean answer(String value, String shown) {
        if (shown == null) return null;
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }
}
