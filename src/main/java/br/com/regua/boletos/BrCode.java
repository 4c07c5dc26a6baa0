package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The Pix "copia e cola": a static EMV BR Code as the Banco Central's "Manual de Padrões para
 * Iniciação do Pix" lays it out, each field ID + two-digit length + value, closed by a
 * CRC16-CCITT-FALSE of everything before it (the "6304" included).
 */
public final class BrCode {

    private static final String GUI = "br.gov.bcb.pix";

    private BrCode() {}

    public static String staticPayload(PixRequest pix) {
        String payload = field("00", "01")
                + field("26", field("00", GUI) + field("01", key(pix.key())))
                + field("52", "0000")
                + field("53", "986")
                + (pix.amountCentavos() == null ? "" : field("54", amount(pix.amountCentavos())))
                + field("58", "BR")
                + field("59", text(pix.merchantName(), 25, "pix.merchantName", "nome do recebedor"))
                + field("60", text(pix.merchantCity(), 15, "pix.merchantCity", "cidade do recebedor"))
                + field("62", field("05", txid(pix.txid())))
                + "6304";
        return payload + crc(payload);
    }

    /** Whether a payload ends in the right CRC of what precedes it. */
    public static boolean hasValidCrc(String payload) {
        return payload != null
                && payload.length() > 8
                && payload.regionMatches(payload.length() - 8, "6304", 0, 4)
                && crc(payload.substring(0, payload.length() - 4))
                        .equalsIgnoreCase(payload.substring(payload.length() - 4));
    }

    /** CRC16-CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), 4 hex digits. */
    static String crc(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc & 0xFFFF);
    }

    private static String field(String id, String value) {
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    private static String key(String key) {
        String trimmed = key == null ? "" : key.trim();
        // 99 characters of field 26, less the GUI's 18 and the key's own ID and length.
        if (!trimmed.matches("[\\x21-\\x7E]{1,77}")) {
            throw new InvalidFieldException(
                    "pix.key", "chave Pix obrigatória, até 77 caracteres, sem espaços nem acentos");
        }
        return trimmed;
    }

    private static String amount(long centavos) {
        if (centavos <= 0 || centavos > 9_999_999_999_99L) {
            throw new InvalidFieldException("amount", "valor Pix entre 1 centavo e R$ 9.999.999.999,99");
        }
        return String.format(Locale.ROOT, "%d.%02d", centavos / 100, centavos % 100);
    }

    private static String txid(String txid) {
        if (txid == null || txid.isBlank()) return "***";
        if (!txid.matches("[A-Za-z0-9]{1,25}")) {
            throw new InvalidFieldException("pix.txid", "txid com até 25 letras e dígitos");
        }
        return txid;
    }

    /** Accents folded ("São João" → "Sao Joao"), anything else outside printable ASCII dropped. */
    static String text(String value, int max, String field, String what) {
        String folded = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (folded.isEmpty()) throw new InvalidFieldException(field, what + " obrigatório");
        return folded.length() <= max ? folded : folded.substring(0, max).trim();
    }
}
