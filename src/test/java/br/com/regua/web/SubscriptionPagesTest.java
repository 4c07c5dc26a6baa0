package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.delivery.Suppressions;
import br.com.regua.shared.Channel;
import br.com.regua.subscriptions.DeactivationReason;
import br.com.regua.subscriptions.Subscriptions;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 001: Gerenciar Boletos > Agendados > Agendamentos Desativados, search by number, reactivate. */
class SubscriptionPagesTest extends BrowserTest {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Suppressions suppressions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_deactivated_subscription_is_found_by_its_number_and_reactivated_once_the_email_is_corrected() {
        String email = "agendado-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var customer = Fixtures.aCustomer();
        customer.put("name", "Assinante " + email.substring(9, 17));
        customer.put("email", email);
        String customerId = api().post("/customers", customer).id();
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Api.Response created = api().post(
                        "/subscriptions",
                        Map.of(
                                "customerId",
                                customerId,
                                "paymentMethodId",
                                method,
                                "amount",
                                9990,
                                "description",
                                "Plano mensal",
                                "cycle",
                                "MONTHLY",
                                "firstDueDate",
                                today.plusDays(5).toString()));
        UUID id = UUID.fromString(created.id());
        String number = created.field("number");
        UUID account = jdbc.sql("SELECT account_id FROM subscriptions WHERE id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        subscriptions.generate(account, today);
        subscriptions.deactivate(account, id, DeactivationReason.HARD_BOUNCE, UUID.randomUUID());
        suppressions.suppress(account, Channel.EMAIL, email, Suppressions.Reason.HARD_BOUNCE, "550 no such user");
        signIn();

        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Agendados")
                                .setExact(true))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Agendamentos desativados")
                                .setExact(true))
                .first()
                .click();
        page.getByLabel("Número do agendamento").fill(number);
        button("Pesquisar").click();

        assertThat(page.locator("#subscriptions tbody tr")).hasCount(1);
        assertThat(page.locator("#subscriptions")).containsText("E-mail do cliente informado incorretamente");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(number))
                .click();
        assertThat(page.locator("#subscription-status")).hasText("Desativado");
        assertThat(page.locator("#subscription-charges tbody tr")).hasCount(1);
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Corrigir o e-mail do cliente")))
                .isVisible();

        button("Reativar").click();
        assertThat(page.locator("#reactivation-refusal")).containsText(email);
        assertThat(page.locator("#reactivation-refusal")).containsText("lista de supressão");

        customer.put("email", "corrigido-" + email);
        api().put("/customers/" + customerId, customer);
        button("Reativar").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Agendamento reativado.");
        assertThat(page.locator("#subscription-status")).hasText("Ativo");
    }
}
