package br.com.regua.fees;

/** What a ledger line bills: a message of a channel, or a printed letter (LETTER_PAGE × pages). */
public enum FeeChannel {
    EMAIL,
    SMS,
    WHATSAPP,
    LETTER
}
