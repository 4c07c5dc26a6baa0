package br.com.regua.delivery.sms;

import br.com.regua.delivery.SendOutcome;
import br.com.regua.delivery.http.ProviderHttp.Reply;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Twilio's answer to a Messages POST means for the notification. Only errors about the
 * recipient's number are permanent, because a permanent failure suppresses that number; an error
 * in the account's own setup (credentials, 'From', permissions) is retried and ends FAILED
 * instead, with Twilio's answer kept for the diagnosis.
 */
final class TwilioAnswers {

    /** Twilio error codes that say the 'To' number cannot receive SMS (twilio.com/docs/api/errors). */
    static final Set<Integer> RECIPIENT_ERRORS = Set.of(
            21211, // invalid 'To' phone number
            21214, // 'To' phone number cannot be reached
            21217, // phone number does not appear to be valid
            21401, // invalid phone number
            21407, // this phone number type does not support SMS
            21421, // phone number is invalid
            21610, // attempt to send to unsubscribed recipient (it answered STOP)
            21612, // 'To' phone number is not currently reachable via SMS
            21614); // 'To' number is not a valid mobile number

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TwilioAnswers() {}

    static SendOutcome outcome(Reply reply) {
        int status = reply.status();
        if (status >= 200 && status < 300) return new SendOutcome.Accepted(reply.response(), field(reply, "sid"));
        if (status >= 400 && status < 500 && status != 429 && RECIPIENT_ERRORS.contains(errorCode(reply))) {
            return new SendOutcome.PermanentFailure(reply.response());
        }
        return new SendOutcome.TransientFailure(reply.response());
    }

    /** Twilio's error code, or -1 when the answer has none. */
    private static int errorCode(Reply reply) {
        String code = field(reply, "code");
        try {
            return code == null ? -1 : Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String field(Reply reply, String name) {
        try {
            JsonNode node = JSON.readTree(reply.body()).get(name);
            return node == null || node.isNull() ? null : node.asString();
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
