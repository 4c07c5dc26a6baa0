package br.com.regua.pix;

import br.com.regua.shared.InvalidFieldException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body the PSP posts, read whole before anything is stored: one bad item refuses the body, so
 * the PSP's retry (after it is fixed) is what gets recorded, never half of it.
 */
final class PixBody {

    /** Efí and others post this when the URL is registered, and expect a 200. */
    static final String HANDSHAKE = "teste_webhook";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    // API Pix: endToEndId is 32 characters, txid 26 to 35 for a cob and up to 25 in a static BR Code.
    private static final Pattern END_TO_END_ID = Pattern.compile("[A-Za-z0-9]{1,35}");
    private static final Pattern TXID = Pattern.compile("[A-Za-z0-9]{1,35}");
    private static final Pattern VALOR = Pattern.compile("\\d{1,10}\\.\\d{2}");

    private PixBody() {}

    /** The items, or none for the registration handshake; {@link InvalidFieldException} otherwise. */
    static List<ReceivedPix> parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidFieldException("body", "JSON malformado: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidFieldException("body", "esperado um objeto JSON {\"pix\": [...]}");
        }
        JsonNode items = root.get("pix");
        if (items == null && HANDSHAKE.equals(text(root, "evento", "evento", 40))) return List.of();
        if (items == null || !items.isArray()) throw new InvalidFieldException("pix", "obrigatório: uma lista");
        List<ReceivedPix> received = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) received.add(item(items.get(i), "pix[" + i + "]"));
        return received;
    }

    private static ReceivedPix item(JsonNode item, String path) {
        if (!item.isObject()) throw new InvalidFieldException(path, "esperado um objeto");
        String endToEndId = text(item, "endToEndId", path + ".endToEndId", 35);
        if (endToEndId == null) throw new InvalidFieldException(path + ".endToEndId", "obrigatório");
        if (!END_TO_END_ID.matcher(endToEndId).matches()) {
            throw new InvalidFieldException(path + ".endToEndId", "até 35 letras e dígitos");
        }
        String txid = text(item, "txid", path + ".txid", 35);
        if (txid != null && !TXID.matcher(txid).matches()) {
            throw new InvalidFieldException(path + ".txid", "até 35 letras e dígitos");
        }
        String valor = text(item, "valor", path + ".valor", 14);
        if (valor == null) throw new InvalidFieldException(path + ".valor", "obrigatório");
        if (!VALOR.matcher(valor).matches()) {
            throw new InvalidFieldException(path + ".valor", "valor em reais com duas casas, como \"159.90\"");
        }
        long amount = Long.parseLong(valor.replace(".", ""));
        if (amount <= 0) throw new InvalidFieldException(path + ".valor", "deve ser maior que zero");
        String horario = text(item, "horario", path + ".horario", 40);
        if (horario == null) throw new InvalidFieldException(path + ".horario", "obrigatório");
        OffsetDateTime paidAt;
        try {
            paidAt = OffsetDateTime.parse(horario);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(
                    path + ".horario", "data e hora RFC 3339 com fuso, como \"2026-12-04T10:00:00.00Z\"");
        }
        JsonNode refunds = item.get("devolucoes");
        if (refunds != null && !refunds.isNull() && !refunds.isArray()) {
            throw new InvalidFieldException(path + ".devolucoes", "tipo inválido; esperado lista");
        }
        return new ReceivedPix(
                endToEndId,
                txid,
                amount,
                paidAt,
                text(item, "chave", path + ".chave", 77),
                text(item, "infoPagador", path + ".infoPagador", 140),
                refunds == null || refunds.isNull() ? null : refunds.toString());
    }

    /** An optional text field: absent or null is null; any other type, or longer than {@code max}, is refused. */
    private static String text(JsonNode object, String name, String path, int max) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) return null;
        if (!node.isString()) throw new InvalidFieldException(path, "tipo inválido; esperado texto");
        String value = node.asString();
        if (value.length() > max) throw new InvalidFieldException(path, "até " + max + " caracteres");
        return value.isBlank() ? null : value;
    }
}
