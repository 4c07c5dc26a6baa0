package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Remetente > Limites de envio": per-sender and per-recipient-domain rates, by API. */
class SenderRateLimitsApiTest extends IntegrationTest {

    Api api;
    String sender;

    @BeforeEach
    void setUp() {
        api = newAccount();
        sender = api.post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "smtp.provedor.com.br",
                                "fromAddress", "cobranca@provedor.com.br"))
                .id();
    }

    @Test
    void a_sender_without_limits_shows_none() {
        var limits = api.get("/senders/" + sender + "/rate-limits");

        assertThat(limits.status()).isEqualTo(200);
        assertThat(limits.json().get("perMinute").isNull()).isTrue();
        assertThat(limits.json().get("perDomain").size()).isZero();
    }

    @Test
    void limits_are_stored_and_domains_are_kept_in_lower_case() {
        var put = api.put(
                "/senders/" + sender + "/rate-limits",
                Map.of("perSecond", 14, "perHour", 1000, "perDomain", Map.of("Gmail.com", 120, "*", 30)));

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        var read = api.get("/senders/" + sender + "/rate-limits").json();
        assertThat(read.get("perSecond").asInt()).isEqualTo(14);
        assertThat(read.get("perHour").asInt()).isEqualTo(1000);
        assertThat(read.get("perMinute").isNull()).isTrue();
        assertThat(read.get("perDomain").get("gmail.com").asInt()).isEqualTo(120);
        assertThat(read.get("perDomain").get("*").asInt()).isEqualTo(30);
    }

    @Test
    void a_put_without_a_limit_removes_it() {
        api.put("/senders/" + sender + "/rate-limits", Map.of("perMinute", 60));

        api.put("/senders/" + sender + "/rate-limits", Map.of("perHour", 500));

        var read = api.get("/senders/" + sender + "/rate-limits").json();
        assertThat(read.get("perMinute").isNull()).isTrue();
        assertThat(read.get("perHour").asInt()).isEqualTo(500);
    }

    @Test
    void bad_limits_are_400s_naming_the_field() {
        assertThat(api.put("/senders/" + sender + "/rate-limits", Map.of("perMinute", 0))
                        .errorFields())
                .contains("perMinute");
        assertThat(api.put("/senders/" + sender + "/rate-limits", Map.of("perDay", -5))
                        .errorFields())
                .contains("perDay");
        assertThat(api.put("/senders/" + sender + "/rate-limits", Map.of("perMinute", "muitos"))
                        .errorFields())
                .contains("perMinute");
        var badDomain = api.put("/senders/" + sender + "/rate-limits", Map.of("perDomain", Map.of("gmail..com", 10)));
        assertThat(badDomain.status()).isEqualTo(400);
        assertThat(badDomain.errorFields()).contains("perDomain.gmail..com");
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("gmail.com", null);
        assertThat(api.put("/senders/" + sender + "/rate-limits", Map.of("perDomain", nullValue))
                        .errorFields())
                .contains("perDomain.gmail.com");
        assertThat(api.put("/senders/" + sender + "/rate-limits", Map.of("perDomain", Map.of("gmail.com", 0)))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void another_accounts_sender_is_not_found() {
        Api other = newAccount();

        assertThat(other.get("/senders/" + sender + "/rate-limits").status()).isEqualTo(404);
        assertThat(other.put("/senders/" + sender + "/rate-limits", Map.of("perMinute", 1))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/senders/" + sender + "/rate-limits")
                        .json()
                        .get("perMinute")
                        .isNull())
                .isTrue();
        assertThat(api.get("/senders/not-an-id/rate-limits").status()).isEqualTo(404);
    }
}
