package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.delivery.Dispatcher;
import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003: Cobranças > Todas > a charge > "Reenviar e-mail/SMS/WhatsApp de notificação" until the limit. */
class ResendPagesTest extends BrowserTest {

    static final String RESEND = "Reenviar e-mail/SMS/WhatsApp de notificação";

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    /** A PENDING charge, due in 20 days, whose payment method has a BEFORE_DUE 3 SMS rule the customer allows. */
    private String aPendingChargeWithAnSmsRule() {
        var api = api();
        api.post("/senders", Map.of("name", "SMS reenvio", "channel", "SMS"));
        String method =
                api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        api.post("/payment-methods/" + method + "/rules", Map.of("trigger", "BEFORE_DUE", "days", 3, "channel", "SMS"));
        Map<String, Object> body = new HashMap<>(Fixtures.aCustomer());
        body.put("name", "Cliente Reenvio " + System.nanoTime());
        body.put("document", aCpf());
        String customer = api.post("/customers", body).id();
        api.put(
                "/customers/" + customer + "/notification-preferences",
                "{\"groups\": {\"BEFORE_DUE\": {\"CUSTOMER\": {\"SMS\": true}}}}");
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        String charge = api.post("/charges", Fixtures.aCharge(customer, null, method, today.plusDays(20)))
                .id();
        return charge;
    }

    @Test
    void the_charge_page_shows_the_resent_notifications_without_a_reload() {
        String charge = aPendingChargeWithAnSmsRule();
        signIn();
        page.navigate("/cobrancas/" + charge);
        var table = page.locator("#charge-notifications");
        assertThat(table).isVisible();
        assertThat(table).not().containsText("SMS");
        page.evaluate("window.notReloaded = true");

        button(RESEND).click();

        assertThat(page.locator("#resend-done")).containsText("Notificações reenviadas por SMS");
        var resent = table.locator("tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("SMS"));
        assertThat(resent).hasCount(1);
        assertThat(resent).containsText("Antes do vencimento");
        assertThat(resent).containsText("Na fila");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.notReloaded"))
                .as("the page was not reloaded")
                .isEqualTo(true);
    }

    @Test
    void seed_003_the_clerk_resends_from_the_charge_page_until_the_sms_limit_is_shown_in_place() {
        String charge = aPendingChargeWithAnSmsRule();
        UUID account = jdbc.sql("SELECT account_id FROM charges WHERE id = ?")
                .param(UUID.fromString(charge))
                .query(UUID.class)
                .single();

        signIn();
        page.navigate("/cobrancas?status=PENDING");
        page.navigate("/cobrancas/" + charge);
        assertThat(page.locator("#resends-left"))
                .hasText("Restam 100 reenvios por e-mail, 1 por SMS e 1 por WhatsApp.");
        button(RESEND).click();

        assertThat(page.locator("#resend-done")).containsText("Notificações reenviadas por SMS");
        assertThat(page.locator("#resends-left"))
                .hasText("Restam 100 reenvios por e-mail, 0 por SMS e 1 por WhatsApp.");
        assertThat(page.locator("#resend-history")).containsText("Aguardando envio");
        button(RESEND).click();
        assertThat(page.locator("#resend-refusal")).containsText("Já há um reenvio desta cobrança");

        dispatcher.dispatchAll(account);
        page.reload();
        assertThat(page.locator("#resend-history")).containsText("Concluído");
        button(RESEND).click();
        assertThat(page.locator("#resend-refusal"))
                .hasText("Não foi possível reenviar: Limite de reenvios desta cobrança atingido: o SMS desta"
                        + " cobrança já foi reenviado (limite de 1); e não há notificação antes do vencimento ativa"
                        + " para reenviar por e-mail, WhatsApp.");
        page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Reenvio"));
    }
}
