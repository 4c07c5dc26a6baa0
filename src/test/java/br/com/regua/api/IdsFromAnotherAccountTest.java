package br.com.regua.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An id taken from a request body must name something of the caller's own account, of the right
 * kind: another account's id, a made-up one or one of the wrong kind is refused with 422 naming the
 * field, and nothing is stored.
 */
class IdsFromAnotherAccountTest extends IntegrationTest {

    static final String MADE_UP = "0192f7a0-0000-7000-8000-00000000abcd";

    Fixtures.Billing own;
    Fixtures.Billing other;
    String otherSender;
    String otherLayout;

    @BeforeEach
    void twoAccounts() {
        own = Fixtures.Billing.in(newAccount());
        other = Fixtures.Billing.in(newAccount());
        otherSender = other.api().post("/senders", smtpSender()).id();
        otherLayout = other.api().post("/templates", emailLayout()).id();
    }

    @Test
    void a_payment_methods_sender_of_another_account_made_up_or_of_another_channel_is_refused_with_422() {
        String sms = own.api()
                .post("/senders", Map.of("name", "SMS", "channel", "SMS"))
                .id();
        for (String senderId : List.of(otherSender, MADE_UP, sms, "not-an-id")) {
            Map<String, Object> method = Fixtures.aBoletoPaymentMethod();
            method.put("senderId", senderId);

            Api.Response created = own.api().post("/payment-methods", method);
            Api.Response changed = own.api()
                    .put("/payment-methods/" + own.paymentMethodId(), Map.of("name", "Outro", "senderId", senderId));

            assertRefused(created, "senderId");
            assertRefused(changed, "senderId");
        }
        assertThat(own.api().get("/payment-methods").json().get("items")).hasSize(1);
        Api.Response method = own.api().get("/payment-methods/" + own.paymentMethodId());
        assertThat(method.field("name")).isEqualTo("Boleto Banco do Brasil");
        assertThat(method.field("senderId")).isNull();
    }

    @Test
    void a_payment_method_accepts_its_own_accounts_email_sender() {
        String mine = own.api().post("/senders", smtpSender()).id();
        Map<String, Object> method = Fixtures.aBoletoPaymentMethod();
        method.put("senderId", mine);

        Api.Response created = own.api().post("/payment-methods", method);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("senderId")).isEqualTo(mine);
    }

    @Test
    void a_charges_customer_service_and_payment_method_of_another_account_or_made_up_are_refused_with_422() {
        LocalDate due = LocalDate.of(2026, 12, 10);
        Map<String, String> theirs = Map.of(
                "customerId", other.customerId(),
                "serviceId", other.serviceId(),
                "paymentMethodId", other.paymentMethodId());
        for (var field : theirs.entrySet()) {
            for (String id : List.of(field.getValue(), MADE_UP, "12")) {
                Map<String, Object> charge =
                        Fixtures.aCharge(own.customerId(), own.serviceId(), own.paymentMethodId(), due);
                charge.put(field.getKey(), id);

                assertRefused(own.api().post("/charges", charge), field.getKey());
            }
        }
        assertThat(own.api().get("/charges").json().get("items")).isEmpty();
        assertThat(other.api().get("/charges").json().get("items")).isEmpty();
    }

    @Test
    void a_subscriptions_customer_service_and_payment_method_of_another_account_or_made_up_are_refused_with_422() {
        String mine = own.api().post("/subscriptions", aSubscription(own)).id();
        Map<String, String> theirs = Map.of(
                "customerId", other.customerId(),
                "serviceId", other.serviceId(),
                "paymentMethodId", other.paymentMethodId());
        for (var field : theirs.entrySet()) {
            for (String id : List.of(field.getValue(), MADE_UP, "12")) {
                Map<String, Object> subscription = aSubscription(own);
                subscription.put(field.getKey(), id);

                assertRefused(own.api().post("/subscriptions", subscription), field.getKey());
                if (!field.getKey().equals("customerId")) {
                    assertRefused(own.api().put("/subscriptions/" + mine, Map.of(field.getKey(), id)), field.getKey());
                }
            }
        }
        assertThat(own.api().get("/subscriptions").json().get("items")).hasSize(1);
        assertThat(own.api().get("/subscriptions/" + mine).field("paymentMethodId"))
                .isEqualTo(own.paymentMethodId());
        assertThat(other.api().get("/subscriptions").json().get("items")).isEmpty();
    }

    @Test
    void a_carnes_customer_service_and_payment_method_of_another_account_or_made_up_are_refused_with_422() {
        Map<String, String> theirs = Map.of(
                "customerId", other.customerId(),
                "serviceId", other.serviceId(),
                "paymentMethodId", other.paymentMethodId());
        for (var field : theirs.entrySet()) {
            for (String id : List.of(field.getValue(), MADE_UP, "12")) {
                Map<String, Object> carne = new HashMap<>(Map.of(
                        "customerId",
                        own.customerId(),
                        "serviceId",
                        own.serviceId(),
                        "paymentMethodId",
                        own.paymentMethodId(),
                        "installments",
                        3,
                        "amount",
                        5000,
                        "firstDueDate",
                        "2027-01-10"));
                carne.put(field.getKey(), id);

                assertRefused(own.api().post("/carnes", carne), field.getKey());
            }
        }
        assertThat(own.api().get("/carnes").json().get("items")).isEmpty();
        assertThat(own.api().get("/charges").json().get("items")).isEmpty();
        assertThat(other.api().get("/carnes").json().get("items")).isEmpty();
    }

    private static Map<String, Object> aSubscription(Fixtures.Billing billing) {
        return new HashMap<>(Map.of(
                "customerId",
                billing.customerId(),
                "serviceId",
                billing.serviceId(),
                "paymentMethodId",
                billing.paymentMethodId(),
                "amount",
                9990,
                "cycle",
                "MONTHLY",
                "firstDueDate",
                "2027-01-31"));
    }

    @Test
    void a_rules_layout_of_another_account_made_up_or_of_another_channel_is_refused_with_422() {
        String rules = "/payment-methods/" + own.paymentMethodId() + "/rules";
        String smsLayout = own.api()
                .post("/templates", Map.of("name", "SMS", "channel", "SMS", "text", "Olá {{ customerName }}"))
                .id();
        String rule = own.api()
                .post(rules, Map.of("trigger", "AFTER_DUE", "days", 3, "channel", "EMAIL"))
                .id();
        for (String templateId : List.of(otherLayout, MADE_UP, smsLayout, "builtin-after-due-sms")) {
            Api.Response created = own.api()
                    .post(
                            rules,
                            Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL", "templateId", templateId));
            Api.Response changed = own.api().put(rules + "/" + rule, Map.of("templateId", templateId));

            assertRefused(created, "templateId");
            assertRefused(changed, "templateId");
        }
        assertThat(own.api().get(rules).json().get("items")).hasSize(1);
        assertThat(own.api().get(rules + "/" + rule).field("templateId")).isEqualTo("builtin-after-due-email");
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).as(response.toString()).containsExactly(field);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .as(response.toString())
                .isNotBlank()
                .doesNotContain("not found", "does not exist");
    }

    static Map<String, Object> smtpSender() {
        return new HashMap<>(Map.of(
                "name", "Principal",
                "host", "smtp.provedor.com.br",
                "port", 587,
                "security", "STARTTLS",
                "username", "cobranca",
                "password", "segredo",
                "fromAddress", "cobranca@provedor.com.br",
                "fromName", "Provedor"));
    }

    private static Map<String, Object> emailLayout() {
        return new HashMap<>(Map.of(
                "name", "Lembrete",
                "channel", "EMAIL",
                "subject", "Fatura de {{ amount }}",
                "html", "<p>Olá, {{ customerName }}.</p>",
                "text", "Olá, {{ customerName }}."));
    }
}
