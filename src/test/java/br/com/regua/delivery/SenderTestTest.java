package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Remetente > Ações > Testar": a real message through the sender, and the server's own answer. */
class SenderTestTest extends IntegrationTest {

    SmtpServer smtp;
    Api api;
    String sender;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        api = newAccount();
        sender = api.post(
                        "/senders",
                        Map.of(
                                "name",
                                "Principal",
                                "host",
                                "127.0.0.1",
                                "port",
                                smtp.port(),
                                "fromAddress",
                                "c@provedor.com.br"))
                .id();
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    @Test
    void a_working_sender_delivers_the_test_and_answers_with_the_servers_250() throws Exception {
        Api.Response result = api.post("/senders/" + sender + "/test", Map.of("to", "eu@provedor.com.br"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("success").asBoolean()).isTrue();
        assertThat(result.field("response")).startsWith("250");
        assertThat(smtp.received())
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("Teste"));
    }

    @Test
    void a_refused_address_answers_with_the_servers_exact_reply() {
        smtp.refusePermanently("ninguem@provedor.com.br");

        Api.Response result = api.post("/senders/" + sender + "/test", Map.of("to", "ninguem@provedor.com.br"));

        assertThat(result.json().get("success").asBoolean()).isFalse();
        assertThat(result.field("response")).contains("550 5.1.1").contains("User unknown");
    }

    @Test
    void a_server_that_does_not_answer_is_reported_not_crashed_on() {
        smtp.close();

        Api.Response result = api.post("/senders/" + sender + "/test", Map.of("to", "eu@provedor.com.br"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("success").asBoolean()).isFalse();
        assertThat(result.field("response")).containsIgnoringCase("connect");
    }

    @Test
    void the_address_is_required_and_another_accounts_sender_is_not_found() {
        assertThat(api.post("/senders/" + sender + "/test", Map.of("to", "não é e-mail"))
                        .errorFields())
                .containsExactly("to");
        assertThat(newAccount()
                        .post("/senders/" + sender + "/test", Map.of("to", "a@b.com"))
                        .status())
                .isEqualTo(404);
    }
}
