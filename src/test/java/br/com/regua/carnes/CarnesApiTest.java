package br.com.regua.carnes;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Carnês (issue 9 item 7, Appendix B): N monthly installments at once, one PDF, one notice each way. */
class CarnesApiTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    Tenant tenant;
    Api api;
    Billing billing;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2026, 12, 20));
        tenant = newTenant();
        api = tenant.api();
        // a sender, so that the notices pass the eligibility chain and are queued
        String sender = api.post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "127.0.0.1",
                                "port", 2525,
                                "security", "NONE",
                                "fromAddress", "cobranca@provedor.com.br",
                                "fromName", "Provedor"))
                .id();
        Billing plain = Billing.in(api);
        var method = Fixtures.aBoletoPaymentMethod();
        method.put("senderId", sender);
        billing = new Billing(
                api,
                plain.customerId(),
                plain.serviceId(),
                api.post("/payment-methods", method).id());
    }

    Map<String, Object> aCarne(int installments, String firstDueDate) {
        return new HashMap<>(Map.of(
                "customerId",
                billing.customerId(),
                "serviceId",
                billing.serviceId(),
                "paymentMethodId",
                billing.paymentMethodId(),
                "installments",
                installments,
                "amount",
                9990,
                "firstDueDate",
                firstDueDate,
                "description",
                "Carnê 2027"));
    }

    @Test
    void a_carne_of_twelve_installments_is_twelve_monthly_charges_of_origin_carne_each_with_its_boleto() {
        Api.Response created = api.post("/carnes", aCarne(12, "2027-01-10"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("status")).isEqualTo("OPEN");
        assertThat(created.json().get("installments").asInt()).isEqualTo(12);
        assertThat(created.json().get("totalAmount").asLong()).isEqualTo(12 * 9990);
        JsonNode installments = created.json().get("charges");
        assertThat(installments).hasSize(12);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            JsonNode installment = installments.get(k);
            assertThat(installment.get("installment").asInt()).isEqualTo(k + 1);
            assertThat(installment.get("dueDate").asString())
                    .isEqualTo(LocalDate.of(2027, 1, 10).plusMonths(k).toString());
            assertThat(installment.get("amount").asLong()).isEqualTo(9990);
            Api.Response charge = api.get("/charges/" + installment.get("id").asString());
            assertThat(charge.field("origin")).isEqualTo("CARNE");
            assertThat(charge.field("carneId")).isEqualTo(created.id());
            assertThat(charge.json().get("installment").asInt()).isEqualTo(k + 1);
            assertThat(charge.field("status")).isEqualTo("PENDING");
            assertThat(charge.field("description")).isEqualTo("Carnê 2027");
            assertThat(charge.field("digitableLine")).hasSize(54);
            lines.add(charge.field("digitableLine"));
        }
        assertThat(new HashSet<>(lines)).hasSize(12);
        assertThat(api.get("/charges?carneId=" + created.id() + "&limit=100")
                        .json()
                        .get("items"))
                .hasSize(12);
        assertThat(api.get("/carnes/" + created.id()).json()).isEqualTo(created.json());
        assertThat(api.get("/carnes").json().get("items")).hasSize(1);
    }

    @ParameterizedTest(name = "R$ {0} em {1} parcelas: a primeira {2}, as outras {3}")
    @CsvSource({"10000, 3, 3334, 3333", "119880, 12, 9990, 9990", "100, 7, 16, 14", "5, 5, 1, 1"})
    void a_total_amount_is_split_to_the_centavo_with_the_remainder_on_the_first_installment(
            long total, int n, long first, long others) {
        Map<String, Object> body = aCarne(n, "2027-01-10");
        body.remove("amount");
        body.put("totalAmount", total);

        Api.Response created = api.post("/carnes", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode installments = created.json().get("charges");
        long sum = 0;
        for (int k = 0; k < n; k++) {
            long amount = installments.get(k).get("amount").asLong();
            assertThat(amount).isEqualTo(k == 0 ? first : others);
            sum += amount;
        }
        assertThat(sum).isEqualTo(total);
        assertThat(created.json().get("totalAmount").asLong()).isEqualTo(total);
    }

    @ParameterizedTest(name = "primeiro vencimento {0}")
    @CsvSource({
        "2027-01-31, 2027-01-31 2027-02-28 2027-03-31 2027-04-30",
        "2028-01-31, 2028-01-31 2028-02-29 2028-03-31 2028-04-30",
        "2027-01-30, 2027-01-30 2027-02-28 2027-03-30 2027-04-30",
        "2027-11-30, 2027-11-30 2027-12-30 2028-01-30 2028-02-29"
    })
    void installments_fall_monthly_and_month_ends_keep_the_anchor_day(String first, String expected) {
        Api.Response created = api.post("/carnes", aCarne(4, first));

        List<String> dueDates = new ArrayList<>();
        created.json().get("charges").forEach(c -> dueDates.add(c.get("dueDate").asString()));
        assertThat(String.join(" ", dueDates)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @CsvSource({
        "installments, 0, 400, installments",
        "installments, 1, 400, installments",
        "installments, 61, 400, installments",
        "installments, doze, 400, installments",
        "firstDueDate, 1900-01-10, 400, firstDueDate",
        "firstDueDate, 2099-06-10, 400, firstDueDate",
        "firstDueDate, 10/01/2027, 400, firstDueDate",
        "amount, 0, 400, amount",
        "amount, -5, 400, amount",
        "totalAmount, 119880, 400, totalAmount",
        "customerId, 0191d7a5-0000-7000-8000-000000000000, 422, customerId",
        "paymentMethodId, nada, 422, paymentMethodId"
    })
    void bad_input_is_refused_naming_the_field_and_nothing_is_created(
            String field, String value, int status, String named) {
        Map<String, Object> body = aCarne(12, "2027-01-10");
        body.put(field, value.matches("-?\\d+") ? (Object) Long.parseLong(value) : value);

        Api.Response refused = api.post("/carnes", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.errorFields()).as(refused.toString()).contains(named);
        assertThat(api.get("/carnes").json().get("items")).isEmpty();
        assertThat(api.get("/charges").json().get("items")).isEmpty();
    }

    @Test
    void a_carne_without_amount_or_total_is_refused_naming_amount() {
        Map<String, Object> body = aCarne(12, "2027-01-10");
        body.remove("amount");

        Api.Response refused = api.post("/carnes", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("amount");
    }

    @Test
    void the_carne_pdf_has_one_slip_per_installment_three_per_page_each_with_its_linha_digitavel() throws Exception {
        Api.Response created = api.post("/carnes", aCarne(7, "2027-01-10"));

        var pdf = api.getBytes("/carnes/" + created.id() + "/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            for (JsonNode installment : created.json().get("charges")) {
                String line =
                        api.get("/charges/" + installment.get("id").asString()).field("digitableLine");
                assertThat(text).contains(line);
            }
            for (int k = 1; k <= 7; k++) assertThat(text).contains(k + "/7");
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains("1/7", "2/7", "3/7").doesNotContain("4/7");
        }
    }

    @Test
    void the_carne_created_notice_is_one_for_the_whole_carne_on_its_first_installment_with_the_carne_pdf() {
        api.put("/settings/email-events", Map.of("chargeCreated", true, "carneCreated", true));

        Api.Response created = api.post("/carnes", aCarne(6, "2027-01-10"));

        List<Notification> all = noticesOf(created);
        assertThat(all).singleElement().satisfies(n -> {
            assertThat(n.trigger()).isEqualTo("CARNE_CREATED");
            assertThat(n.chargeId().toString())
                    .isEqualTo(created.json().get("charges").get(0).get("id").asString());
            assertThat(n.attachInvoice()).isTrue();
            assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
        });
    }

    @Test
    void cancelling_the_whole_carne_cancels_its_open_installments_and_sends_one_carne_cancellation_notice() {
        Api.Response created = api.post("/carnes", aCarne(4, "2027-01-10"));
        JsonNode installments = created.json().get("charges");
        String paid = installments.get(0).get("id").asString();
        api.post("/charges/" + paid + "/payments", Map.of("notifyCustomer", false));

        Api.Response cancelled = api.post("/carnes/" + created.id() + "/cancellation", Map.of("notifyCustomer", true));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.field("cancelledAt")).isNotNull();
        List<String> statuses = new ArrayList<>();
        cancelled
                .json()
                .get("charges")
                .forEach(c -> statuses.add(c.get("status").asString()));
        assertThat(statuses).containsExactly("PAID", "CANCELLED", "CANCELLED", "CANCELLED");
        List<Notification> notices = noticesOf(created);
        assertThat(notices.stream().filter(n -> n.trigger().equals("CARNE_CANCELLATION")))
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED));
        assertThat(notices).noneMatch(n -> n.trigger().equals("CHARGE_CANCELLATION"));
        Api.Response again = api.post("/carnes/" + created.id() + "/cancellation", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("detail")).contains("já está cancelado");
        // the paid installment is still printed; the cancelled ones are not
        try (var document =
                Loader.loadPDF(api.getBytes("/carnes/" + created.id() + "/pdf").body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1/4").doesNotContain("2/4", "3/4", "4/4");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void cancelling_one_installment_sends_the_charge_cancellation_notice_and_the_carne_stays_open() {
        Api.Response created = api.post("/carnes", aCarne(3, "2027-01-10"));
        String second = created.json().get("charges").get(1).get("id").asString();

        Api.Response cancelled = api.post("/charges/" + second + "/cancellation", Map.of("notifyCustomer", true));

        assertThat(cancelled.status()).isEqualTo(200);
        Api.Response carne = api.get("/carnes/" + created.id());
        assertThat(carne.field("status")).isEqualTo("OPEN");
        assertThat(carne.json().get("charges").get(1).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(noticesOf(created))
                .filteredOn(n -> !n.trigger().equals("CARNE_CREATED"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.trigger()).isEqualTo("CHARGE_CANCELLATION");
                    assertThat(n.chargeId().toString()).isEqualTo(second);
                });
    }

    @Test
    void a_carne_whose_installments_were_all_paid_is_paid_and_cannot_be_cancelled() {
        Api.Response created = api.post("/carnes", aCarne(2, "2027-01-10"));
        created.json()
                .get("charges")
                .forEach(c ->
                        api.post("/charges/" + c.get("id").asString() + "/payments", Map.of("notifyCustomer", false)));

        assertThat(api.get("/carnes/" + created.id()).field("status")).isEqualTo("PAID");
        Api.Response refused = api.post("/carnes/" + created.id() + "/cancellation", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("detail")).contains("não tem parcelas em aberto");
    }

    @Test
    void an_unknown_carne_is_404_and_the_list_filters_by_customer() {
        assertThat(api.get("/carnes/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/carnes/nada/pdf").status()).isEqualTo(404);
        assertThat(api.post("/carnes/nada/cancellation", "{}").status()).isEqualTo(404);
        String carne = api.post("/carnes", aCarne(2, "2027-01-10")).id();

        assertThat(api.get("/carnes?customerId=" + billing.customerId()).text()).contains(carne);
        assertThat(api.get("/carnes?customerId=" + UUID.randomUUID()).json().get("items"))
                .isEmpty();
    }

    private List<Notification> noticesOf(Api.Response carne) {
        List<Notification> all = new ArrayList<>();
        carne.json()
                .get("charges")
                .forEach(c -> all.addAll(notifications.forCharge(
                        tenant.id(), UUID.fromString(c.get("id").asString()))));
        return all;
    }
}
