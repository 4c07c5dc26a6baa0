package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.webhooks.Receiver;
import br.com.regua.webhooks.Webhooks;
import com.microsoft.playwright.options.AriaRole;
import com.standardwebhooks.Webhook;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Configurações > Integrações > Webhooks in a real browser. */
class WebhookPagesTest extends BrowserTest {

    @Autowired
    Webhooks webhooks;

    Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_webhook_is_created_with_its_secret_shown_once_delivered_resent_from_the_log_and_turned_off()
            throws Exception {
        signIn();
        page.navigate("/configuracoes/integracoes/webhooks");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Adicionar"))
                .click();

        page.getByLabel("Endereço (URL)").fill("ftp://erp.example.com/hooks");
        button("Criar webhook").click();
        assertThat(page.locator(".field.invalid").first()).containsText("https://");
        assertThat(page.locator("#events .field-error")).hasText("escolha ao menos um evento");

        page.getByLabel("Endereço (URL)").fill(receiver.url());
        page.getByLabel("Cobrança paga").check();
        button("Criar webhook").click();
        assertThat(page.locator("#new-webhook-secret")).hasText(Pattern.compile("^whsec_[A-Za-z0-9+/=]{40,}$"));
        String secret = page.locator("#new-webhook-secret").textContent().trim();
        var row = page.locator("#webhooks tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(receiver.url()));
        assertThat(row).containsText("Cobrança paga");
        assertThat(row).containsText("Ativo");
        page.reload();
        assertThat(page.locator("#new-webhook-secret")).hasCount(0);

        Billing billing = Billing.in(api());
        String charge = billing.charge(LocalDate.now().plusDays(5)).id();
        api().post("/charges/" + charge + "/payments", Map.of());
        deliverUntil(1);
        Assertions.assertThat(receiver.accepted()).hasSize(1);
        var delivered = receiver.accepted().get(0);
        new Webhook(secret).verify(delivered.body(), Receiver.signatureHeaders(delivered));

        row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Entregas"))
                .click();
        assertThat(page.locator("#deliveries")).containsText("Entregue (HTTP 200)");
        assertThat(page.locator("#deliveries")).containsText("Cobrança paga");
        button("Reenviar").click();
        assertThat(page.locator(".alert.success")).containsText("enviado de novo");
        deliverUntil(2);
        Assertions.assertThat(receiver.accepted()).hasSize(2);

        page.navigate("/configuracoes/integracoes/webhooks");
        row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Editar"))
                .click();
        page.getByLabel("Ativo").uncheck();
        page.getByLabel("Cobrança cancelada").check();
        button("Salvar").click();
        assertThat(page.locator(".alert.success")).hasText("Webhook alterado.");
        assertThat(row).containsText("Desativado");
        assertThat(row).containsText("Cobrança cancelada");

        row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Editar"))
                .click();
        page.onceDialog(dialog -> dialog.accept());
        button("Excluir webhook").click();
        assertThat(page.locator(".alert.success")).hasText("Webhook excluído.");
        assertThat(page.locator("body")).not().containsText(receiver.url());
    }

    /** Rounds of every account's deliveries (the UI's account id is not at hand) until the receiver has them. */
    private void deliverUntil(int accepted) {
        for (int round = 0; round < 20 && receiver.accepted().size() < accepted; round++) webhooks.deliverDue();
    }
}
