package br.com.regua.paymentmethods;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentMethodsApiTest extends IntegrationTest {

    Api api;
    String id;
    String sender;

    @BeforeEach
    void setUp() {
        api = newAccount();
        id = api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        sender = api.post(
                        "/senders",
                        Map.of("name", "Principal", "host", "smtp.provedor.com.br", "fromAddress", "a@provedor.com.br"))
                .id();
    }

    @Test
    void name_sender_and_eligible_service_statuses_are_changed_and_the_rest_is_kept() {
        Api.Response updated = api.put(
                "/payment-methods/" + id,
                Map.of(
                        "name",
                        "Boleto BB (provedor)",
                        "senderId",
                        sender,
                        "eligibleServiceStatuses",
                        List.of("ACTIVE")));

        assertThat(updated.status()).isEqualTo(200);
        Api.Response read = api.get("/payment-methods/" + id);
        assertThat(read.field("name")).isEqualTo("Boleto BB (provedor)");
        assertThat(read.field("senderId")).isEqualTo(sender);
        assertThat(strings(read.json().get("eligibleServiceStatuses"))).containsExactly("ACTIVE");
        assertThat(read.field("kind")).isEqualTo("BOLETO");
        assertThat(read.json().get("boleto").get("bank").asString()).isEqualTo("001");
    }

    @Test
    void left_out_sender_and_statuses_mean_none_and_the_default() {
        api.put(
                "/payment-methods/" + id,
                Map.of("name", "X", "senderId", sender, "eligibleServiceStatuses", List.of("INACTIVE")));

        Api.Response updated = api.put("/payment-methods/" + id, Map.of("name", "Boleto"));

        assertThat(updated.field("senderId")).isNull();
        assertThat(strings(updated.json().get("eligibleServiceStatuses")))
                .containsExactlyInAnyOrder("ACTIVE", "SUSPENDED");
    }

    @Test
    void what_was_read_may_be_sent_back_with_a_change() {
        JsonNode read = api.get("/payment-methods/" + id).json();
        String body = read.toString().replace("Boleto Banco do Brasil", "Boleto do BB");

        Api.Response updated = api.put("/payment-methods/" + id, body);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.field("name")).isEqualTo("Boleto do BB");
    }

    @Test
    void kind_and_bank_agreement_cannot_change() {
        assertThat(api.put("/payment-methods/" + id, Map.of("name", "X", "kind", "PIX"))
                        .errorFields())
                .containsExactly("kind");
        var boleto = Map.of("bank", "237", "agency", "1234", "account", "56789", "wallet", "09");
        assertThat(api.put("/payment-methods/" + id, Map.of("name", "X", "boleto", boleto))
                        .errorFields())
                .containsExactly("boleto");
        assertThat(api.get("/payment-methods/" + id).field("name")).isEqualTo("Boleto Banco do Brasil");
    }

    @Test
    void bad_changes_name_their_field() {
        assertThat(api.put("/payment-methods/" + id, Map.of("name", " ")).errorFields())
                .containsExactly("name");
        assertThat(api.put("/payment-methods/" + id, Map.of("name", "X", "senderId", "abc"))
                        .errorFields())
                .containsExactly("senderId");
        assertThat(api.put("/payment-methods/" + id, "{\"name\": \"X\", \"eligibleServiceStatuses\": [\"GONE\"]}")
                        .errorFields())
                .singleElement()
                .asString()
                .startsWith("eligibleServiceStatuses");
        Api.Response withNull =
                api.put("/payment-methods/" + id, "{\"name\": \"X\", \"eligibleServiceStatuses\": [null]}");
        assertThat(withNull.status()).isEqualTo(400);
        assertThat(withNull.errorFields()).singleElement().asString().startsWith("eligibleServiceStatuses");
    }

    @Test
    void another_accounts_payment_method_cannot_be_changed() {
        Api intruder = newAccount();

        assertThat(intruder.put("/payment-methods/" + id, Map.of("name", "Meu")).status())
                .isEqualTo(404);
        assertThat(api.put("/payment-methods/not-an-id", Map.of("name", "Meu")).status())
                .isEqualTo(404);
        assertThat(api.get("/payment-methods/" + id).field("name")).isEqualTo("Boleto Banco do Brasil");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
