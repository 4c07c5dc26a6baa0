package br.com.regua;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Product.md Appendix A, the core flow, as a merchant's system drives it: the exact bodies of the
 * contract, through HTTP, on the real database.
 */
class CoreFlowTest extends IntegrationTest {

    @Test
    void seed_002_flow_from_account_to_the_notification_queued_by_the_run_of_05_03_2021() {
        Api.Response account =
                operator().post("/accounts", Map.of("name", "Provedor Exemplo", "email", "financeiro@provedor.com.br"));
        assertThat(account.status()).isEqualTo(201);
        Api api = new Api(port, account.field("apiKey"));

        Api.Response customer = api.post(
                "/customers",
                Map.of(
                        "name", "Maria Silva",
                        "document", "529.982.247-25",
                        "email", "maria@example.com",
                        "mobilePhone", "+5511987654321"));
        assertThat(customer.status()).isEqualTo(201);
        assertThat(customer.field("document")).isEqualTo("52998224725");

        Api.Response service = api.post(
                "/customers/" + customer.id() + "/services",
                Map.of(
                        "description",
                        "Fibra 300M",
                        "status",
                        "ACTIVE",
                        "allowBillingEmail",
                        true,
                        "allowBillingSms",
                        true));
        assertThat(service.status()).isEqualTo(201);

        Api.Response sender = api.post(
                "/senders",
                "{\"name\": \"Principal\", \"host\": \"127.0.0.1\", \"port\": 2525, \"security\": \"NONE\","
                        + " \"username\": null, \"password\": null, \"fromAddress\": \"cobranca@provedor.com.br\","
                        + " \"fromName\": \"Provedor\"}");
        assertThat(sender.status()).isEqualTo(201);
        assertThat(sender.text()).doesNotContain("\"password\"");

        Api.Response method = api.post(
                "/payment-methods",
                Map.of(
                        "name",
                        "Boleto Banco do Brasil",
                        "kind",
                        "BOLETO",
                        "senderId",
                        sender.id(),
                        "boleto",
                        Map.of(
                                "bank",
                                "001",
                                "agency",
                                "1234",
                                "account",
                                "56789",
                                "wallet",
                                "18",
                                "agreement",
                                "1234567")));
        assertThat(method.status()).isEqualTo(201);
        assertThat(method.json().get("eligibleServiceStatuses").toString()).isEqualTo("[\"ACTIVE\",\"SUSPENDED\"]");

        var ruleBody = Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL", "attachInvoice", true);
        Api.Response rule = api.post("/payment-methods/" + method.id() + "/rules", ruleBody);
        assertThat(rule.status()).isEqualTo(201);
        assertThat(rule.field("templateId")).isNotBlank();
        Api.Response again = api.post("/payment-methods/" + method.id() + "/rules", ruleBody);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("detail")).contains(rule.id());

        Api.Response charge = api.post(
                "/charges",
                Map.of(
                        "customerId",
                        customer.id(),
                        "serviceId",
                        service.id(),
                        "paymentMethodId",
                        method.id(),
                        "amount",
                        15990,
                        "dueDate",
                        "2021-02-20",
                        "description",
                        "Mensalidade fevereiro"));
        assertThat(charge.status()).isEqualTo(201);
        assertThat(charge.field("status")).isIn("PENDING", "OVERDUE");
        assertThat(charge.field("effectiveDueDate")).isEqualTo("2021-02-22");

        Api.Response routine = api.post(
                "/routines",
                Map.of(
                        "name",
                        "Envio de e-mails",
                        "task",
                        "SEND_EMAIL",
                        "time",
                        "08:10:00",
                        "daysOfWeek",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                        "runOnHolidays",
                        true));
        assertThat(routine.status()).isEqualTo(201);

        Api.Response dayBefore = api.post("/routines/" + routine.id() + "/runs", Map.of("date", "2021-03-04"));
        assertThat(dayBefore.status()).isEqualTo(202);
        Api.Response run = api.post("/routines/" + routine.id() + "/runs", Map.of("date", "2021-03-05"));
        assertThat(run.status()).isEqualTo(202);
        assertThat(run.field("status")).isIn("RUNNING", "COMPLETED");

        Api.Response done = api.get("/routines/" + routine.id() + "/runs/" + run.id());
        assertThat(done.field("status")).isEqualTo("COMPLETED");
        assertThat(done.field("date")).isEqualTo("2021-03-05");
        assertThat(done.json().get("queued").asInt()).isEqualTo(1);
        assertThat(done.json().get("evaluated").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(done.json().get("skipped").isObject()).isTrue();

        var notifications =
                api.get("/charges/" + charge.id() + "/notifications").json();
        assertThat(notifications.get("items")).hasSize(1);
        var notification = notifications.get("items").get(0);
        assertThat(notification.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(notification.get("address").asString()).isEqualTo("maria@example.com");
        assertThat(notification.get("trigger").asString()).isEqualTo("AFTER_DUE");
        assertThat(notification.get("days").asInt()).isEqualTo(13);
        assertThat(notification.get("scheduledFor").asString()).isEqualTo("2021-03-05");
        assertThat(notification.get("status").asString()).isEqualTo("QUEUED");
        assertThat(notifications.get("next").isNull()).isTrue();

        Api.Response rerun = api.post("/routines/" + routine.id() + "/runs", Map.of("date", "2021-03-05"));
        assertThat(api.get("/routines/" + routine.id() + "/runs/" + rerun.id())
                        .json()
                        .get("queued")
                        .asInt())
                .isZero();
        assertThat(api.get("/charges/" + charge.id() + "/notifications").json().get("items"))
                .hasSize(1);

        var diagnosis = api.get("/charges/" + charge.id() + "/diagnosis?date=2021-03-05")
                .json();
        assertThat(diagnosis.get("chargeId").asString()).isEqualTo(charge.id());
        assertThat(diagnosis.get("date").asString()).isEqualTo("2021-03-05");
        assertThat(diagnosis.get("checks"))
                .allSatisfy(check -> assertThat(check.get("passed").asBoolean())
                        .as(check.toString())
                        .isTrue());
        assertThat(diagnosis.get("notifications")).hasSize(1);

        Api.Response paid = api.post(
                "/charges/" + charge.id() + "/payments",
                Map.of("paidAt", "2021-03-08", "amount", 15990, "notifyCustomer", true));
        assertThat(paid.field("status")).isEqualTo("PAID");
        assertThat(api.post("/charges/" + charge.id() + "/cancellation", Map.of("notifyCustomer", false))
                        .status())
                .isEqualTo(409);
    }
}
