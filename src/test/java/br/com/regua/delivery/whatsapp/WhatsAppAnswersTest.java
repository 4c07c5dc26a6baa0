package br.com.regua.delivery.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.SendOutcome;
import br.com.regua.delivery.http.ProviderHttp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Cloud API's answers, as Meta's documentation shows them, and what each means for a notification. */
class WhatsAppAnswersTest {

    static final String ACCEPTED = """
            {"messaging_product":"whatsapp","contacts":[{"input":"+5511987654321","wa_id":"5511987654321"}],\
            "messages":[{"id":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjdCNjI4RjMxQzM4NTdFNjg0OAA=",\
            "message_status":"accepted"}]}""";

    static final String PARAMETER_MISMATCH = """
            {"error":{"message":"(#132000) Number of parameters does not match the expected number of params",\
            "type":"OAuthException","code":132000,"error_data":{"messaging_product":"whatsapp",\
            "details":"body: number of localizable_params (1) does not match the expected number of params (2)"},\
            "fbtrace_id":"AQ5mFZ3FWhvP1yb4N0IJC2h"}}""";

    static final String UNDELIVERABLE = """
            {"error":{"message":"(#131026) Message Undeliverable.","type":"OAuthException","code":131026,\
            "error_data":{"messaging_product":"whatsapp","details":"Message Undeliverable."},\
            "error_subcode":2494010,"fbtrace_id":"A3tyN4yR0pnv8fEJ1hyXdTm"}}""";

    static final String RATE_LIMIT = """
            {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,\
            "error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},\
            "fbtrace_id":"AkR7p0hV3uQ2pQ9wKx5dLmN"}}""";

    @ParameterizedTest(name = "HTTP {0} with code {1} is {2}")
    @CsvSource({
        "400, 131026, PermanentFailure", // undeliverable
        "400, 131047, TransientFailure", // re-engagement window: not the number's fault
        "400, 132000, TransientFailure", // template parameter count: the merchant's mistake, no suppression
        "400, 130429, TransientFailure", // rate limit (Meta often answers it with 400)
        "429, 130429, TransientFailure",
        "400, 131056, TransientFailure", // pair rate limit
        "500, 131000, TransientFailure", // something went wrong
        "503, 2, TransientFailure", // service temporarily unavailable
        "401, 190, TransientFailure", // access token expired: the account's setup, not the customer
        "400, 132001, TransientFailure", // template does not exist: idem
    })
    void an_error_is_classified_by_metas_code(int status, int code, String expected) {
        String body = "{\"error\":{\"message\":\"(#" + code + ") ...\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"fbtrace_id\":\"A1\"}}";

        SendOutcome outcome = WhatsAppAnswers.outcome(new Reply(status, body));

        assertThat(outcome.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(outcome.response()).isEqualTo(status + " " + body);
    }

    @Test
    void an_accepted_message_without_an_id_is_still_accepted() {
        assertThat(WhatsAppAnswers.outcome(new Reply(200, "{}"))).isInstanceOf(SendOutcome.Accepted.class);
    }

    @Test
    void an_answer_that_is_not_json_is_transient() {
        assertThat(WhatsAppAnswers.outcome(new Reply(502, "<html>Bad Gateway</html>")))
                .isInstanceOf(SendOutcome.TransientFailure.class);
    }
}
