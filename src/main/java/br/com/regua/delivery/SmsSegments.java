package br.com.regua.delivery;

import java.text.Normalizer;

/**
 * How many SMS a text is sent as, by 3GPP TS 23.038 / 23.040: a text made only of the GSM 03.38
 * alphabet (basic set, one septet a character; extension table, two: escape + character) is one
 * SMS up to 160 septets and 153 a part beyond; any other character makes the whole text UCS-2, one
 * SMS up to 70 UTF-16 units and 67 a part beyond (the rest of each part carries the user data
 * header that joins them). Providers bill per part, so the fees ledger counts with this.
 *
 * @param units septets (GSM-7) or UTF-16 code units (UCS-2) of the text
 */
public record SmsSegments(Encoding encoding, int units, int segments) {

    public enum Encoding {
        GSM_7,
        UCS_2
    }

    /** GSM 03.38 basic character set, in table order (ESC, 0x1B, left out). */
    static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: each of these is sent as ESC + character, two septets. */
    static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

    private static final int GSM7_SINGLE = 160;
    private static final int GSM7_PART = 153;
    private static final int UCS2_SINGLE = 70;
    private static final int UCS2_PART = 67;

    /** The encoding, size and number of SMS of {@code text}; an empty text is still one SMS. */
    public static SmsSegments of(String text) {
        String s = text == null ? "" : text;
        return isGsm7(s) ? gsm7(s) : ucs2(s);
    }

    /** Whether every character of {@code text} is in the GSM 03.38 basic set or its extension. */
    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
    }

    /**
     * {@code text} in the GSM-7 alphabet, so that one "ã" in a customer's name does not turn a whole
     * SMS into UCS-2 (70 characters a part instead of 160): letters lose the accents GSM-7 does not
     * have ("João" → "Joao", "ç" → "c"; "é", "à", "Ç" stay), typographic quotes and dashes become
     * plain ones, and anything else becomes "?".
     */
    public static String toGsm7(String text) {
        if (text == null || isGsm7(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(gsm7(c)));
        return out.toString();
    }

    private static String gsm7(int c) {
        String s = Character.toString(c);
        if (isGsm7(s)) return s;
        String plain = switch (c) {
            case '“', '”', '„', '«', '»' -> "\"";
            case '‘', '’', '‚', '´', '`' -> "'";
            case '–', '—', '‑' -> "-";
            case '…' -> "...";
            case '\u00a0', '\t' -> " ";
            case 'ª' -> "a";
            case 'º', '°' -> "o";
            default -> Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        };
        return !plain.isEmpty() && isGsm7(plain) ? plain : "?";
    }

    private static SmsSegments gsm7(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) septets += septets(text.charAt(i));
        if (septets <= GSM7_SINGLE) return new SmsSegments(Encoding.GSM_7, septets, 1);
        // An escape and its character are never split between two parts.
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = septets(text.charAt(i));
            if (used + size > GSM7_PART) {
                parts++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(Encoding.GSM_7, septets, parts);
    }

    private static SmsSegments ucs2(String text) {
        int units = text.length();
        if (units <= UCS2_SINGLE) return new SmsSegments(Encoding.UCS_2, units, 1);
        // Nor the two halves of a surrogate pair (an emoji).
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int size = Character.charCount(text.codePointAt(i));
            if (used + size > UCS2_PART) {
                parts++;
                used = 0;
            }
            used += size;
            i += size;
        }
        return new SmsSegments(Encoding.UCS_2, units, parts);
    }

    private static int septets(char c) {
        return GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
    }
}
