package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.delivery.Dispatcher;
import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default keeps SMS in its local outbox, and the back-office shows them. */
class OutboxPagesTest extends BrowserTest {

    @Autowired
    Dispatcher dispatcher;

    @Test
    void an_sms_notice_of_the_embedded_default_shows_in_the_local_outbox() {
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        api().post(
                        "/payment-methods/" + method + "/rules",
                        Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "SMS"));
        var customer = Fixtures.aCustomer();
        String phone = "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        customer.put("mobilePhone", phone);
        customer.put("document", aCpf());
        String customerId = api().post("/customers", customer).id();
        String charge = api().post("/charges", Fixtures.aCharge(customerId, null, method, LocalDate.of(2021, 2, 20)))
                .id();
        String routine = api().post(
                        "/routines",
                        Map.of(
                                "name", "SMS da caixa local",
                                "task", "SEND_SMS",
                                "time", "23:58",
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
        page.getByText("SMS e WhatsApp").click();
        page.getByLabel("Canal").selectOption("SMS");
        button("Filtrar").click();

        Locator row = page.locator(
                "#outbox-messages tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(phone));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("SMS");
        assertThat(row).containsText("159,90");
        org.assertj.core.api.Assertions.assertThat(
                        api().get("/outbox-messages?channel=SMS&limit=100").text())
                .contains(phone);
    }
}
