package br.com.regua.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.SendOutcome;
import br.com.regua.delivery.http.ProviderHttp.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Twilio's answers, as its API documentation shows them, and what each means for a notification. */
class TwilioAnswersTest {

    static final String CREATED = """
            {"account_sid": "AC0123456789abcdef0123456789abcdef", "api_version": "2010-04-01", \
            "body": "Sua fatura de R$ 159,90 vence amanh\\u00e3.", "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", \
            "date_sent": null, "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api", \
            "error_code": null, "error_message": null, "from": "+5511999990000", "messaging_service_sid": null, \
            "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD", \
            "sid": "SM1f0e8ae6ade43cb3c0ce4525424e404f", "status": "queued", \
            "subresource_uris": {"media": "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/\
            SM1f0e8ae6ade43cb3c0ce4525424e404f/Media.json"}, "to": "+5511987654321", \
            "uri": "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/\
            SM1f0e8ae6ade43cb3c0ce4525424e404f.json"}""";

    static final String INVALID_TO = """
            {"code": 21211, "message": "Invalid 'To' Phone Number: +55119", \
            "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""";

    static final String TOO_MANY_REQUESTS = """
            {"code": 20429, "message": "Too Many Requests", \
            "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}""";

    static final String SERVER_ERROR = """
            {"code": 20500, "message": "Internal Server Error", \
            "more_info": "https://www.twilio.com/docs/errors/20500", "status": 500}""";

    static final String AUTHENTICATE = """
            {"code": 20003, "message": "Authenticate", \
            "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}""";

    @ParameterizedTest(name = "{0} with code {1} is {2}")
    @CsvSource({
        "400, 21211, PermanentFailure", // invalid 'To'
        "400, 21610, PermanentFailure", // the recipient answered STOP
        "400, 21614, PermanentFailure", // not a mobile number
        "400, 21612, PermanentFailure", // not reachable via SMS
        "400, 21606, TransientFailure", // the account's 'From' cannot send SMS: its setup, not the customer
        "400, 21408, TransientFailure", // region not enabled on the account
        "401, 20003, TransientFailure", // wrong credentials
        "404, 20404, TransientFailure", // wrong Account SID
        "429, 20429, TransientFailure",
        "500, 20500, TransientFailure",
        "503, 20503, TransientFailure",
    })
    void an_error_is_permanent_only_when_it_is_about_the_recipients_number(int status, int code, String expected) {
        String body = "{\"code\": " + code + ", \"message\": \"...\", \"more_info\": "
                + "\"https://www.twilio.com/docs/errors/" + code + "\", \"status\": " + status + "}";

        SendOutcome outcome = TwilioAnswers.outcome(new Reply(status, body));

        assertThat(outcome.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(outcome.response()).isEqualTo(status + " " + body);
    }

    @ParameterizedTest(name = "{0} \"{1}\" is {2}")
    @CsvSource({
        "502, <html>Bad Gateway</html>, TransientFailure",
        "400, '', TransientFailure",
        "201, '', Accepted",
    })
    void an_answer_that_is_not_twilios_json_is_still_classified(int status, String body, String expected) {
        assertThat(TwilioAnswers.outcome(new Reply(status, body)).getClass().getSimpleName())
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void a_long_answer_is_kept_up_to_a_thousand_characters() {
        String body = "{\"code\": 21211, \"message\": \"" + "x".repeat(5_000) + "\"}";

        assertThat(TwilioAnswers.outcome(new Reply(400, body)).response()).hasSize(1000);
    }
}
