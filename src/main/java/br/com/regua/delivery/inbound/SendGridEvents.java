package br.com.regua.delivery.inbound;

import br.com.regua.delivery.Suppressions.Reason;
import br.com.regua.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SendGrid's Event Webhook: a JSON array of events. A hard bounce ({@code bounce} of type
 * "bounce"), a spam report and an unsubscribe suppress the address, and so does a drop because
 * the address is already on one of SendGrid's own lists. A block ({@code bounce} of type
 * "blocked": the receiving server refused this message, not the address), deferrals, deliveries,
 * opens and clicks change nothing.
 */
final class SendGridEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SendGridEvents() {}

    record Parsed(int received, List<AddressEvent> suppressing) {}

    static Parsed parse(String body) {
        JsonNode events;
        try {
            events = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw new InvalidFieldException("body", "JSON malformado: " + e.getOriginalMessage());
        }
        if (!events.isArray()) throw new InvalidFieldException("body", "esperado um array de eventos do SendGrid");
        List<AddressEvent> suppressing = new ArrayList<>();
        for (JsonNode event : events) classify(event).ifPresent(suppressing::add);
        return new Parsed(events.size(), suppressing);
    }

    static Optional<AddressEvent> classify(JsonNode event) {
        String email = text(event, "email");
        if (!AddressEvent.isAddress(email)) return Optional.empty();
        String kind = text(event, "event");
        String reason = text(event, "reason");
        Reason suppression = switch (kind == null ? "" : kind) {
            case "bounce" -> "blocked".equals(text(event, "type")) ? null : Reason.HARD_BOUNCE;
            case "dropped" -> droppedBecause(reason);
            case "spamreport" -> Reason.COMPLAINT;
            case "unsubscribe", "group_unsubscribe" -> Reason.UNSUBSCRIBE;
            default -> null;
        };
        if (suppression == null) return Optional.empty();
        String detail = "SendGrid " + kind + (reason == null ? "" : ": " + reason);
        return Optional.of(new AddressEvent(email, suppression, detail, text(event, "smtp-id")));
    }

    /** A drop names the SendGrid list the address is on; spam content or a bad header is not the address's fault. */
    private static Reason droppedBecause(String reason) {
        if (reason == null) return null;
        return switch (reason) {
            case "Bounced Address", "Invalid" -> Reason.HARD_BOUNCE;
            case "Spam Reporting Address" -> Reason.COMPLAINT;
            case "Unsubscribed Address" -> Reason.UNSUBSCRIBE;
            default -> null;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
