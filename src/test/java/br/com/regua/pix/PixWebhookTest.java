package br.com.regua.pix;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PSP's Pix webhook (API Pix shape): a Pix with a charge's txid pays it, once. */
class PixWebhookTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    Merchant merchant;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2026, 12, 4));
        merchant = new Merchant(newTenant());
    }

    /** An account with an SMTP sender, a BOLIX method with its Pix key, a customer, and its webhook URL. */
    final class Merchant {
        final Tenant tenant;
        final String methodId;
        final String customerId;
        final String webhookPath;

        Merchant(Tenant tenant) {
            this.tenant = tenant;
            String sender = api().post(
                            "/senders",
                            Map.of(
                                    "name", "Principal",
                                    "host", "127.0.0.1",
                                    "port", 2525,
                                    "security", "NONE",
                                    "fromAddress", "cobranca@provedor.com.br",
                                    "fromName", "Provedor"))
                    .id();
            var bolix = Fixtures.aBoletoPaymentMethod();
            bolix.put("kind", "BOLIX");
            bolix.put("senderId", sender);
            bolix.put("pix", Map.of("key", "cobranca@provedor.com.br", "city", "São Paulo"));
            this.methodId = api().post("/payment-methods", bolix).id();
            this.customerId = api().post("/customers", Fixtures.aCustomer()).id();
            Api.Response webhook = api().post("/settings/pix-webhook", "{}");
            assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);
            this.webhookPath = URI.create(webhook.field("url")).getPath();
        }

        Api api() {
            return tenant.api();
        }

        /** A charge of R$ 159,90 and its txid, read back from its copia-e-cola. */
        String[] charge() {
            Api.Response charge =
                    api().post("/charges", Fixtures.aCharge(customerId, null, methodId, LocalDate.of(2026, 12, 10)));
            String payload = charge.field("pixCopyPaste");
            String txid = payload.substring(payload.indexOf("REGUA"), payload.lastIndexOf("6304"));
            return new String[] {charge.id(), txid};
        }

        List<Notification> notices(String chargeId) {
            return notifications.forCharge(tenant.id(), UUID.fromString(chargeId));
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String pix(String endToEndId, String txid, String valor) {
        return """
                {"endToEndId": "%s", "txid": %s, "valor": "%s", "horario": "2026-12-05T01:30:00.00Z",
                 "chave": "cobranca@provedor.com.br", "infoPagador": "Mensalidade", "devolucoes": []}""".formatted(endToEndId, txid == null ? "null" : "\"" + txid + "\"", valor);
    }

    private static String body(String... items) {
        return "{\"pix\": [" + String.join(",", items) + "]}";
    }

    private static String endToEndId() {
        return ("E18236120202612050130s" + UUID.randomUUID().toString().replace("-", "")).substring(0, 32);
    }

    @Test
    void a_pix_with_a_charges_txid_pays_it_with_the_paid_notice_queued_once() throws Exception {
        String[] charge = merchant.charge();

        var answer = post(merchant.webhookPath, body(pix(endToEndId(), charge[1], "159.90")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Api.Response paid = merchant.api().get("/charges/" + charge[0]);
        assertThat(paid.field("status")).isEqualTo("PAID");
        assertThat(paid.json().get("paidAmount").asLong()).isEqualTo(15990);
        // 01:30 UTC on the 5th is still the 4th in São Paulo
        assertThat(paid.field("paidAt")).isEqualTo("2026-12-04");
        assertThat(merchant.notices(charge[0]))
                .filteredOn(n -> n.trigger().equals("PAYMENT_CONFIRMATION"))
                .hasSize(1);
        var payments = merchant.api().get("/pix/payments").json().get("items");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("outcome").asString()).isEqualTo("PAID");
        assertThat(payments.get(0).get("chargeId").asString()).isEqualTo(charge[0]);
    }

    @Test
    void the_pix_webhook_replayed_three_times_pays_once() throws Exception {
        String[] charge = merchant.charge();
        String body = body(pix(endToEndId(), charge[1], "159.90"));

        for (int i = 0; i < 3; i++) {
            assertThat(post(merchant.webhookPath, body).statusCode()).isEqualTo(200);
        }

        assertThat(merchant.api().get("/charges/" + charge[0]).field("status")).isEqualTo("PAID");
        assertThat(merchant.notices(charge[0]))
                .filteredOn(n -> n.trigger().equals("PAYMENT_CONFIRMATION"))
                .hasSize(1);
        assertThat(merchant.api().get("/pix/payments").json().get("items")).hasSize(1);
        var webhook = merchant.api().get("/settings/pix-webhook").json();
        assertThat(webhook.get("deliveries").asLong()).isEqualTo(3);
        assertThat(webhook.get("replays").asLong()).isEqualTo(2);
        assertThat(webhook.get("payments").get("PAID").asLong()).isEqualTo(1);
    }

    @Test
    void the_same_pix_delivered_by_concurrent_calls_pays_once() throws Exception {
        String[] charge = merchant.charge();
        String body = body(pix(endToEndId(), charge[1], "159.90"));

        var calls = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(merchant.webhookPath, body).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();

        assertThat(calls.stream().map(java.util.concurrent.CompletableFuture::join))
                .containsOnly(200);
        assertThat(merchant.notices(charge[0]))
                .filteredOn(n -> n.trigger().equals("PAYMENT_CONFIRMATION"))
                .hasSize(1);
        assertThat(merchant.api().get("/pix/payments").json().get("items")).hasSize(1);
    }

    @Test
    void several_pix_in_one_body_are_each_recorded_with_what_they_did() throws Exception {
        String[] open = merchant.charge();
        String[] cancelled = merchant.charge();
        String[] different = merchant.charge();
        merchant.api().post("/charges/" + cancelled[0] + "/cancellation", "{}");

        var answer = post(
                merchant.webhookPath,
                body(
                        pix(endToEndId(), open[1], "159.90"),
                        pix(endToEndId(), "REGUA999999", "10.00"),
                        pix(endToEndId(), null, "25.00"),
                        pix(endToEndId(), cancelled[1], "159.90"),
                        pix(endToEndId(), different[1], "162.00"),
                        pix(endToEndId(), open[1], "159.90")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, String> outcomes = new java.util.HashMap<>();
        merchant.api()
                .get("/pix/payments")
                .json()
                .get("items")
                .forEach(p -> outcomes.merge(p.get("outcome").asString(), "x", String::concat));
        assertThat(outcomes)
                .containsOnly(
                        Map.entry("PAID", "x"),
                        Map.entry("UNKNOWN_TXID", "x"),
                        Map.entry("NO_TXID", "x"),
                        Map.entry("CHARGE_CANCELLED", "x"),
                        Map.entry("PAID_DIFFERENT_AMOUNT", "x"),
                        Map.entry("ALREADY_PAID", "x"));
        Api.Response paidMore = merchant.api().get("/charges/" + different[0]);
        assertThat(paidMore.field("status")).isEqualTo("PAID");
        assertThat(paidMore.json().get("paidAmount").asLong()).isEqualTo(16200);
        assertThat(merchant.api().get("/charges/" + cancelled[0]).field("status"))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT amount_difference FROM pix_payments WHERE account_id = ? AND charge_id = ?")
                        .params(merchant.tenant.id(), UUID.fromString(different[0]))
                        .query(Long.class)
                        .single())
                .isEqualTo(210);
    }

    @Test
    void a_pix_with_an_unknown_txid_is_recorded_not_lost() throws Exception {
        assertThat(post(merchant.webhookPath, body(pix(endToEndId(), "NAOEXISTE123", "50.00")))
                        .statusCode())
                .isEqualTo(200);

        var item = merchant.api().get("/pix/payments").json().get("items").get(0);
        assertThat(item.get("outcome").asString()).isEqualTo("UNKNOWN_TXID");
        assertThat(item.get("amount").asLong()).isEqualTo(5000);
        assertThat(item.get("chargeId").isNull()).isTrue();
    }

    @Test
    void a_wrong_secret_is_a_404_and_pays_nothing() throws Exception {
        String[] charge = merchant.charge();
        String body = body(pix(endToEndId(), charge[1], "159.90"));
        String secret = merchant.webhookPath.substring(merchant.webhookPath.lastIndexOf('/') + 1);
        String forged = secret.substring(0, 42) + (secret.charAt(42) == 'A' ? 'B' : 'A');

        for (String path : List.of(
                "/pix/webhook/" + forged, "/pix/webhook/" + forged + "/pix", "/pix/webhook/x", "/pix/webhook/")) {
            var answer = post(path, body);
            assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(404);
        }
        assertThat(merchant.api().get("/charges/" + charge[0]).field("status")).isEqualTo("PENDING");
    }

    @Test
    void the_api_pix_suffix_and_a_rotated_secret() throws Exception {
        String[] charge = merchant.charge();
        String old = merchant.webhookPath;
        String fresh = URI.create(
                        merchant.api().post("/settings/pix-webhook", "{}").field("url"))
                .getPath();

        assertThat(post(old + "/pix", body(pix(endToEndId(), charge[1], "159.90")))
                        .statusCode())
                .isEqualTo(404);
        assertThat(post(fresh + "/pix", body(pix(endToEndId(), charge[1], "159.90")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(merchant.api().get("/charges/" + charge[0]).field("status")).isEqualTo("PAID");
        var shown = merchant.api().get("/settings/pix-webhook");
        assertThat(shown.field("url")).doesNotContain(fresh.substring(fresh.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT secret_hash FROM pix_webhooks WHERE account_id = ?")
                        .params(merchant.tenant.id())
                        .query(String.class)
                        .single())
                .hasSize(64)
                .doesNotContain(fresh.substring(fresh.lastIndexOf('/') + 1));
    }

    @Test
    void the_registration_handshake_answers_200_and_stores_nothing() throws Exception {
        assertThat(post(merchant.webhookPath, "{\"evento\": \"teste_webhook\"}").statusCode())
                .isEqualTo(200);
        assertThat(merchant.api().get("/pix/payments").json().get("items")).isEmpty();
    }

    @Test
    void hostile_bodies_are_400_problem_details_and_store_nothing() throws Exception {
        String[] charge = merchant.charge();
        String good = pix(endToEndId(), charge[1], "159.90");
        List<String> hostile = List.of(
                "",
                "{",
                "null",
                "[]",
                "\"pix\"",
                "{}",
                "{\"pix\": {}}",
                "{\"pix\": [1]}",
                "{\"pix\": [" + good
                        + ", {\"txid\": \"X\", \"valor\": \"1.00\", \"horario\": \"2026-12-04T10:00:00Z\"}]}",
                body(good, pix("", charge[1], "159.90")),
                body(pix(endToEndId(), charge[1], "159,90")),
                body(pix(endToEndId(), charge[1], "0.00")),
                body(pix(endToEndId(), charge[1], "-1.00")),
                body(pix(endToEndId(), charge[1], "99999999999999.00")),
                body(pix(endToEndId(), charge[1], "1e3")),
                body(good.replace("\"valor\": \"159.90\"", "\"valor\": 159.90")),
                body(good.replace("2026-12-05T01:30:00.00Z", "ontem")),
                body(good.replace("2026-12-05T01:30:00.00Z", "2026-12-05T01:30:00")),
                body(good.replace("\"devolucoes\": []", "\"devolucoes\": \"nenhuma\"")),
                body(good.replace("\"txid\": \"" + charge[1] + "\"", "\"txid\": 12")),
                body(good.replace("\"txid\": \"" + charge[1] + "\"", "\"txid\": \"com espaço\"")),
                body(good) + " trailing",
                "{\"pix\": [" + good + "], \"pix\": []}",
                "{\"pix\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                "{\"pix\": [" + good + ", \"" + "x".repeat(PixWebhookReceiver.MAX_BODY_BYTES) + "\"]}");

        for (String body : hostile) {
            var answer = post(merchant.webhookPath, body);
            String shown = body.length() > 120 ? body.substring(0, 120) + "…" : body;
            assertThat(answer.statusCode()).as(shown + " → " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(shown)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(merchant.api().get("/charges/" + charge[0]).field("status")).isEqualTo("PENDING");
        assertThat(merchant.api().get("/pix/payments").json().get("items")).isEmpty();
    }

    @Test
    void another_accounts_secret_cannot_pay_this_accounts_charge() throws Exception {
        String[] charge = merchant.charge();
        Merchant other = new Merchant(newTenant());
        String[] othersCharge = other.charge();
        // both accounts' first charge carries the same txid (REGUA1): only the secret's account is looked at
        assertThat(othersCharge[1]).isEqualTo(charge[1]);

        assertThat(post(other.webhookPath, body(pix(endToEndId(), charge[1], "159.90")))
                        .statusCode())
                .isEqualTo(200);

        assertThat(merchant.api().get("/charges/" + charge[0]).field("status")).isEqualTo("PENDING");
        assertThat(other.api().get("/charges/" + othersCharge[0]).field("status"))
                .isEqualTo("PAID");
        assertThat(merchant.api().get("/pix/payments").json().get("items")).isEmpty();
        assertThat(merchant.notices(charge[0]))
                .filteredOn(n -> n.trigger().equals("PAYMENT_CONFIRMATION"))
                .isEmpty();
    }

    @Test
    void the_same_end_to_end_id_in_two_accounts_is_two_payments() throws Exception {
        Merchant other = new Merchant(newTenant());
        String[] mine = merchant.charge();
        String[] theirs = other.charge();
        String e2e = endToEndId();

        post(merchant.webhookPath, body(pix(e2e, mine[1], "159.90")));
        post(other.webhookPath, body(pix(e2e, theirs[1], "159.90")));

        assertThat(merchant.api().get("/charges/" + mine[0]).field("status")).isEqualTo("PAID");
        assertThat(other.api().get("/charges/" + theirs[0]).field("status")).isEqualTo("PAID");
    }

    @Test
    void two_bolix_methods_sharing_a_txid_are_told_apart_by_the_pix_key() throws Exception {
        String[] first = merchant.charge();
        var other = Fixtures.aBoletoPaymentMethod();
        other.put("kind", "BOLIX");
        other.put("pix", Map.of("key", "+5511987654321", "city", "Campinas"));
        String otherMethod = merchant.api().post("/payment-methods", other).id();
        String second = merchant.api()
                .post("/charges", Fixtures.aCharge(merchant.customerId, null, otherMethod, LocalDate.of(2026, 12, 10)))
                .id();
        String body = body(pix(endToEndId(), first[1], "159.90").replace("cobranca@provedor.com.br", "+5511987654321"));

        assertThat(post(merchant.webhookPath, body).statusCode()).isEqualTo(200);

        assertThat(merchant.api().get("/charges/" + second).field("status")).isEqualTo("PAID");
        assertThat(merchant.api().get("/charges/" + first[0]).field("status")).isEqualTo("PENDING");
    }

    @Test
    void a_txid_shared_by_two_open_charges_with_no_key_to_tell_them_apart_pays_neither() throws Exception {
        String[] first = merchant.charge();
        var other = Fixtures.aBoletoPaymentMethod();
        other.put("kind", "BOLIX");
        other.put("pix", Map.of("key", "cobranca@provedor.com.br", "city", "Campinas"));
        String otherMethod = merchant.api().post("/payment-methods", other).id();
        String second = merchant.api()
                .post("/charges", Fixtures.aCharge(merchant.customerId, null, otherMethod, LocalDate.of(2026, 12, 10)))
                .id();

        assertThat(post(merchant.webhookPath, body(pix(endToEndId(), first[1], "159.90")))
                        .statusCode())
                .isEqualTo(200);

        assertThat(merchant.api().get("/charges/" + first[0]).field("status")).isEqualTo("PENDING");
        assertThat(merchant.api().get("/charges/" + second).field("status")).isEqualTo("PENDING");
        assertThat(merchant.api()
                        .get("/pix/payments")
                        .json()
                        .get("items")
                        .get(0)
                        .get("outcome")
                        .asString())
                .isEqualTo("AMBIGUOUS_TXID");
    }

    @Test
    void charges_issued_before_the_migration_have_their_txid_read_from_the_payload() {
        String[] charge = merchant.charge();

        assertThat(jdbc.sql("SELECT pix_txid FROM charges WHERE account_id = ? AND id = ?")
                        .params(merchant.tenant.id(), UUID.fromString(charge[0]))
                        .query(String.class)
                        .single())
                .isEqualTo(charge[1]);
        assertThat(jdbc.sql("SELECT regua_pix_txid(?)")
                        .params("00020101021226300014br.gov.bcb.pix0108chave@x.y52040000530398654041.005802BR"
                                + "5905Loja16009SAO PAULO62070503***6304ABCD")
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql("SELECT regua_pix_txid('lixo 62 99')")
                        .query(String.class)
                        .optional())
                .isEmpty();
    }
}
