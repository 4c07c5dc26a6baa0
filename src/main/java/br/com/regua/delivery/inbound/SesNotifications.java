package br.com.regua.delivery.inbound;

import br.com.regua.delivery.Suppressions.Reason;
import br.com.regua.shared.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon SES notifications as an SNS topic posts them over HTTPS: an envelope whose {@code Type}
 * is SubscriptionConfirmation (to be confirmed by visiting its SubscribeURL) or Notification
 * (whose {@code Message} is SES's JSON, notification or event-publishing form). A permanent bounce
 * suppresses each bounced recipient, a complaint each complaining one; transient and undetermined
 * bounces, deliveries and the rest change nothing. Raw message delivery (SES's JSON with no
 * envelope) is understood too.
 */
final class SesNotifications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    sealed interface Parsed {}

    record SubscriptionConfirmation(String subscribeUrl) implements Parsed {}

    record Events(List<AddressEvent> suppressing) implements Parsed {}

    private SesNotifications() {}

    static Parsed parse(String body) {
        JsonNode envelope = read(body, "body");
        String type = text(envelope, "Type");
        if ("SubscriptionConfirmation".equals(type)) {
            String url = text(envelope, "SubscribeURL");
            if (url == null) throw new InvalidFieldException("SubscribeURL", "obrigatório");
            return new SubscriptionConfirmation(url);
        }
        if ("Notification".equals(type)) {
            String message = text(envelope, "Message");
            if (message == null) throw new InvalidFieldException("Message", "obrigatório");
            return new Events(suppressing(read(message, "Message")));
        }
        if (type == null && envelope.isObject()) return new Events(suppressing(envelope));
        return new Events(List.of());
    }

    private static List<AddressEvent> suppressing(JsonNode ses) {
        String kind = text(ses, "notificationType") != null ? text(ses, "notificationType") : text(ses, "eventType");
        List<AddressEvent> events = new ArrayList<>();
        if ("Bounce".equals(kind)) {
            JsonNode bounce = ses.path("bounce");
            if (!"Permanent".equals(text(bounce, "bounceType"))) return events;
            for (JsonNode recipient : bounce.path("bouncedRecipients")) {
                String address = text(recipient, "emailAddress");
                String diagnostic = text(recipient, "diagnosticCode");
                String detail = "SES bounce Permanent/" + text(bounce, "bounceSubType")
                        + (diagnostic == null ? "" : ": " + diagnostic);
                if (AddressEvent.isAddress(address)) events.add(new AddressEvent(address, Reason.HARD_BOUNCE, detail));
            }
        } else if ("Complaint".equals(kind)) {
            JsonNode complaint = ses.path("complaint");
            String feedback = text(complaint, "complaintFeedbackType");
            if ("not-spam".equals(feedback)) return events;
            for (JsonNode recipient : complaint.path("complainedRecipients")) {
                String address = text(recipient, "emailAddress");
                String detail = "SES complaint" + (feedback == null ? "" : ": " + feedback);
                if (AddressEvent.isAddress(address)) {
                    events.add(new AddressEvent(
                            address,
                            Reason.COMPLAINT,
                            detail,
                            text(ses.path("mail").path("commonHeaders"), "messageId")));
                }
            }
        }
        return events;
    }

    private static JsonNode read(String text, String field) {
        try {
            return JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw new InvalidFieldException(field, "JSON malformado: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
