package br.com.regua.delivery.whatsapp;

import br.com.regua.delivery.SendOutcome;
import br.com.regua.delivery.http.ProviderHttp.Reply;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Cloud API's answer means for the notification, by Meta's error {@code code}
 * (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes), whatever the HTTP
 * status it came with. Rate limits (130429, 131048, 131056, 4, 80007) and Meta's own trouble
 * (131000, 131016, 133004, 1, 2, HTTP 5xx) are transient. So are the codes not listed here
 * (credentials, permissions, the business account's setup): they are retried and end FAILED,
 * because a permanent failure suppresses the recipient's number.
 */
final class WhatsAppAnswers {

    /** The message to this recipient will not go, however often it is tried. */
    static final Set<Integer> PERMANENT = Set.of(
            131026, // message undeliverable: not a WhatsApp number, old client, terms not accepted
            131021); // recipient cannot be the sender
    // Not here, though final for the message: 132000 (the template's parameters do not match the
    // approved template) and 131047 (free text outside the 24 h window) are the merchant's
    // mistakes, not the number's; suppressing every recipient of a bad template would be wrong.

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WhatsAppAnswers() {}

    static SendOutcome outcome(Reply reply) {
        int status = reply.status();
        JsonNode body = parse(reply.body());
        if (status >= 200 && status < 300) {
            JsonNode id = body.path("messages").path(0).path("id");
            return new SendOutcome.Accepted(reply.response(), id.isString() ? id.asString() : null);
        }
        JsonNode code = body.path("error").path("code");
        if (code.isIntegralNumber() && PERMANENT.contains(code.asInt()) && status != 429 && status < 500) {
            return new SendOutcome.PermanentFailure(reply.response());
        }
        return new SendOutcome.TransientFailure(reply.response());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return JSON.missingNode();
        }
    }
}
