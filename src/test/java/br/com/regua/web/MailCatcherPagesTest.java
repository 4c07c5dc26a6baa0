package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.delivery.Dispatcher;
import br.com.regua.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailCatcherPagesTest extends BrowserTest {

    @Autowired
    Dispatcher dispatcher;

    @Test
    void the_local_outbox_shows_the_caught_email_with_its_invoice_attached() {
        // Other tests may add real senders to this shared account; this method names the catcher's.
        String catcher = null;
        for (var sender : api().get("/senders").json().get("items")) {
            if (sender.get("provider").asString().equals("CATCHER"))
                catcher = sender.get("id").asString();
        }
        org.assertj.core.api.Assertions.assertThat(catcher).isNotNull();
        var body = Fixtures.aBoletoPaymentMethod();
        body.put("senderId", catcher);
        String method = api().post("/payment-methods", body).id();
        api().post(
                        "/payment-methods/" + method + "/rules",
                        Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL", "attachInvoice", true));
        var customer = Fixtures.aCustomer();
        String address = "caixa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        customer.put("email", address);
        String customerId = api().post("/customers", customer).id();
        String charge = api().post("/charges", Fixtures.aCharge(customerId, null, method, LocalDate.of(2021, 2, 20)))
                .id();
        String routine = api().post(
                        "/routines",
                        Map.of(
                                "name", "Caixa",
                                "task", "SEND_EMAIL",
                                "time", "23:59",
                                "daysOfWeek", List.of("FRIDAY"),
                                "runOnHolidays", true))
                .id();
        api().post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));
        dispatcher.dispatchAll();
        org.assertj.core.api.Assertions.assertThat(
                        api().get("/charges/" + charge + "/notifications").text())
                .contains("\"status\":\"SENT\"");
        signIn();

        page.navigate("/caixa-de-saida");
        page.locator("#caught-messages tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(address))
                .locator("a")
                .click();

        assertThat(page.locator("h1")).containsText("venceu em 20/02/2021");
        assertThat(page.locator("dl.facts")).containsText(address);
        assertThat(page.locator("dl.facts")).containsText("fatura.pdf");
        assertThat(page.locator("iframe[sandbox]")).hasCount(1);
    }
}
