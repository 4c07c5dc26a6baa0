package br.com.regua.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another account's ids are, to a caller, ids that do not exist: 404, and no data leaks. */
class TenantIsolationTest extends IntegrationTest {

    Billing owner;
    String contactId;
    String chargeId;
    String ruleId;
    String holidayId;
    String subscriptionId;
    String carneId;
    String letterBatchId;
    String webhookId;
    String bankReturnId;
    Api intruder;

    @BeforeEach
    void setUp() {
        owner = Billing.in(newAccount("Dono"));
        contactId = owner.api()
                .post("/customers/" + owner.customerId() + "/contacts", java.util.Map.of("name", "Financeiro"))
                .id();
        chargeId = owner.charge(LocalDate.of(2026, 12, 10)).id();
        ruleId = owner.api()
                .post(
                        "/payment-methods/" + owner.paymentMethodId() + "/rules",
                        java.util.Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL"))
                .id();
        holidayId = owner.api()
                .post("/holidays", java.util.Map.of("date", "2027-01-25", "name", "Aniversário"))
                .id();
        subscriptionId = owner.api()
                .post(
                        "/subscriptions",
                        java.util.Map.of(
                                "customerId",
                                owner.customerId(),
                                "paymentMethodId",
                                owner.paymentMethodId(),
                                "amount",
                                9990,
                                "cycle",
                                "MONTHLY",
                                "firstDueDate",
                                "2027-01-31"))
                .id();
        carneId = owner.api()
                .post(
                        "/carnes",
                        java.util.Map.of(
                                "customerId",
                                owner.customerId(),
                                "paymentMethodId",
                                owner.paymentMethodId(),
                                "installments",
                                3,
                                "amount",
                                5000,
                                "firstDueDate",
                                "2027-01-10"))
                .id();
        letterBatchId = letterBatchOf(owner);
        webhookId = owner.api()
                .post(
                        "/webhooks",
                        java.util.Map.of("url", "http://127.0.0.1:9/hooks", "events", java.util.List.of("charge.paid")))
                .id();
        bankReturnId = bankReturnOf(owner);
        intruder = newAccount("Intruso");
    }

    /** A bank return file the owner imported (Banco do Brasil CNAB 400 of the peers). */
    private static String bankReturnOf(Billing owner) {
        try (var in = TenantIsolationTest.class.getResourceAsStream("/cnab/001-bb-cnab400.ret")) {
            Api.Response imported = owner.api().postFile("/bank-returns", "text/plain", in.readAllBytes());
            if (imported.status() != 202) throw new IllegalStateException(imported.toString());
            return imported.id();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The owner's customer by post, and a print batch with its charge's letter. */
    private String letterBatchOf(Billing owner) {
        owner.api()
                .put(
                        "/customers/" + owner.customerId() + "/notification-preferences",
                        java.util.Map.of("postalDelivery", true));
        String routine = owner.api()
                .post(
                        "/routines",
                        java.util.Map.of(
                                "name", "Cartas",
                                "task", "PRINT_LETTERS",
                                "time", "07:00:00",
                                "daysOfWeek", List.of("MONDAY"),
                                "runOnHolidays", true))
                .id();
        String run = owner.api()
                .post("/routines/" + routine + "/runs", java.util.Map.of("date", "2026-12-01"))
                .id();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(
                        () -> owner.api()
                                .get("/routines/" + routine + "/runs/" + run)
                                .field("status"),
                        "COMPLETED"::equals);
        return owner.api()
                .get("/letter-batches")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void every_endpoint_answers_404_to_another_account() {
        String customer = "/customers/" + owner.customerId();
        String charge = "/charges/" + chargeId;
        String rules = "/payment-methods/" + owner.paymentMethodId() + "/rules";
        var calls = List.of(
                new Call("GET", customer, null),
                new Call("PUT", customer, Fixtures.aCustomer()),
                new Call("GET", customer + "/contacts", null),
                new Call("POST", customer + "/contacts", java.util.Map.of("name", "X")),
                new Call("PUT", customer + "/contacts/" + contactId, java.util.Map.of("name", "X")),
                new Call("GET", customer + "/services", null),
                new Call("POST", customer + "/services", Fixtures.aService()),
                new Call("GET", customer + "/services/" + owner.serviceId(), null),
                new Call("PUT", customer + "/services/" + owner.serviceId(), Fixtures.aService()),
                new Call("GET", "/payment-methods/" + owner.paymentMethodId(), null),
                new Call("PUT", "/payment-methods/" + owner.paymentMethodId(), java.util.Map.of("name", "X")),
                new Call("GET", rules, null),
                new Call("POST", rules, java.util.Map.of("trigger", "ON_DUE", "channel", "SMS")),
                new Call("GET", rules + "/" + ruleId, null),
                new Call("PUT", rules + "/" + ruleId, java.util.Map.of("days", 1)),
                new Call("DELETE", rules + "/" + ruleId, null),
                new Call("GET", customer + "/notification-preferences", null),
                new Call("PUT", customer + "/notification-preferences", java.util.Map.of("enabled", false)),
                new Call("DELETE", "/holidays/" + holidayId, null),
                new Call("GET", charge, null),
                new Call("POST", charge + "/payments", "{}"),
                new Call("POST", charge + "/cancellation", "{}"),
                new Call("PUT", charge + "/notice-pause", "{\"until\": \"2026-12-31\"}"),
                new Call("GET", charge + "/notifications", null),
                new Call("GET", charge + "/diagnosis", null),
                new Call("GET", "/subscriptions/" + subscriptionId, null),
                new Call("PUT", "/subscriptions/" + subscriptionId, java.util.Map.of("amount", 1)),
                new Call("POST", "/subscriptions/" + subscriptionId + "/reactivation", "{}"),
                new Call("POST", "/subscriptions/" + subscriptionId + "/cancellation", "{}"),
                new Call("POST", charge + "/resends", "{}"),
                new Call("GET", charge + "/resends", null),
                new Call("GET", "/carnes/" + carneId, null),
                new Call("GET", "/carnes/" + carneId + "/pdf", null),
                new Call("POST", "/carnes/" + carneId + "/cancellation", "{}"),
                new Call("GET", "/letter-batches/" + letterBatchId, null),
                new Call("GET", "/letter-batches/" + letterBatchId + ".pdf", null),
                new Call("GET", "/letter-batches/" + letterBatchId + ".csv", null),
                new Call("POST", charge + "/letters", "{}"),
                new Call("GET", "/webhooks/" + webhookId, null),
                new Call("PUT", "/webhooks/" + webhookId, java.util.Map.of("active", false)),
                new Call("DELETE", "/webhooks/" + webhookId, null),
                new Call("POST", "/webhooks/" + webhookId + "/secret", "{}"),
                new Call("GET", "/webhooks/" + webhookId + "/deliveries", null),
                new Call("POST", "/webhooks/" + webhookId + "/deliveries/" + webhookId + "/redelivery", "{}"),
                new Call("GET", "/bank-returns/" + bankReturnId, null),
                new Call("GET", "/bank-returns/" + bankReturnId + "/lines", null),
                new Call("GET", charge + "/bank-occurrences", null),
                new Call(
                        "POST",
                        "/charges",
                        Fixtures.aCharge(
                                owner.customerId(),
                                owner.serviceId(),
                                owner.paymentMethodId(),
                                LocalDate.of(2026, 12, 10))));

        for (Call call : calls) {
            Api.Response response = intruder.send(call.method(), call.path(), call.body());
            // ids in a body that are not the caller's make the body unprocessable (IdsFromAnotherAccountTest)
            int expected = call.method().equals("POST") && call.path().equals("/charges") ? 422 : 404;
            assertThat(response.status()).as(call.toString()).isEqualTo(expected);
            assertThat(response.text()).as(call.toString()).doesNotContain("Maria Silva");
        }
        assertThat(owner.api().get("/charges/" + chargeId).field("status")).isEqualTo("PENDING");
        assertThat(owner.api().get(customer + "/contacts").json().get("items")).hasSize(2);
        assertThat(owner.api().get(rules + "/" + ruleId).json().get("days").asInt())
                .isEqualTo(13);
        assertThat(owner.api()
                        .get(customer + "/notification-preferences")
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isTrue();
        assertThat(owner.api().get("/holidays?year=2027").text()).contains(holidayId);
        Api.Response subscription = owner.api().get("/subscriptions/" + subscriptionId);
        assertThat(subscription.field("status")).isEqualTo("ACTIVE");
        assertThat(subscription.json().get("amount").asLong()).isEqualTo(9990);
        assertThat(owner.api().get("/carnes/" + carneId).field("status")).isEqualTo("OPEN");
        assertThat(owner.api()
                        .get("/letter-batches/" + letterBatchId)
                        .json()
                        .get("letters")
                        .asInt())
                .isPositive();
        assertThat(owner.api()
                        .get("/webhooks/" + webhookId)
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void lists_show_only_the_callers_own_data() {
        assertThat(intruder.get("/customers").json().get("items")).isEmpty();
        assertThat(intruder.get("/charges").json().get("items")).isEmpty();
        assertThat(intruder.get("/payment-methods").json().get("items")).isEmpty();
        assertThat(intruder.get("/charges?customerId=" + owner.customerId())
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(intruder.get("/holidays?year=2027").text()).doesNotContain(holidayId, "Aniversário");
        assertThat(intruder.get("/subscriptions").json().get("items")).isEmpty();
        assertThat(intruder.get("/carnes").json().get("items")).isEmpty();
        assertThat(intruder.get("/letter-batches").json().get("items")).isEmpty();
        assertThat(intruder.get("/webhooks").json().get("items")).isEmpty();
        owner.api().post("/settings/pix-webhook", "{}");
        assertThat(intruder.get("/settings/pix-webhook").status()).isEqualTo(404);
        assertThat(intruder.get("/pix/payments").json().get("items")).isEmpty();
        assertThat(intruder.get("/bank-returns").json().get("items")).isEmpty();
        owner.api().put("/fees/prices", java.util.Map.of("WHATSAPP", 99, "SMS", 1, "EMAIL", 0, "LETTER_PAGE", 1));
        assertThat(intruder.get("/fees/prices").json().get("WHATSAPP").asLong()).isEqualTo(35);
        assertThat(intruder.get("/carnes?customerId=" + owner.customerId())
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(intruder.get("/charges?carneId=" + carneId).json().get("items"))
                .isEmpty();
        assertThat(intruder.get("/subscriptions?customerId=" + owner.customerId())
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(intruder.get("/charges?subscriptionId=" + subscriptionId)
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(owner.api().get("/customers").json().get("items")).hasSize(1);
    }

    record Call(String method, String path, Object body) {}
}
