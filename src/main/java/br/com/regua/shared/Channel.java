package br.com.regua.shared;

/** How a notice reaches someone. */
public enum Channel {
    EMAIL,
    SMS,
    WHATSAPP
}
