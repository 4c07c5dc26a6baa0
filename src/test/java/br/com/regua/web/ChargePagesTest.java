package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChargePagesTest extends BrowserTest {

    @Test
    void marking_a_charge_paid_shows_paga_and_trying_again_from_a_stale_page_shows_the_refusal() {
        String charge = Billing.in(api())
                .charge(LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(5))
                .id();
        signIn();
        Page stale = context.newPage();
        stale.navigate("/cobrancas/" + charge);
        page.navigate("/cobrancas/" + charge);
        assertThat(page.locator("#charge-status")).hasText("Pendente");

        button("Marcar como paga").click();

        assertThat(page.locator("#charge-status")).hasText("Paga");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Cobrança marcada como paga.");
        assertThat(button("Marcar como paga")).hasCount(0);

        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marcar como paga"))
                .click();

        assertThat(stale.getByRole(AriaRole.ALERT))
                .hasText("Não foi possível marcar como paga esta cobrança: ela já está Paga.");
        assertThat(stale.locator("#charge-status")).hasText("Paga");
    }

    @Test
    void the_charge_list_filters_by_status_with_amounts_in_reais() {
        Billing billing = Billing.in(api());
        String paid = billing.charge(
                        LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(3))
                .id();
        api().post("/charges/" + paid + "/payments", null);
        signIn();

        page.navigate("/cobrancas?clienteId=" + billing.customerId());
        assertThat(page.locator("table.list tbody tr")).hasCount(1);
        page.getByLabel("Status").selectOption("PENDING");

        assertThat(page.getByText("Nenhuma cobrança encontrada.")).isVisible();
        page.getByLabel("Status").selectOption("PAID");
        assertThat(page.locator("table.list tbody tr")).hasCount(1);
        assertThat(page.locator("table.list tbody tr")).containsText("R$ 159,90");
        assertThat(page.locator("table.list tbody tr")).containsText("Paga");
    }

    @Test
    void the_charge_page_lists_its_notifications_and_links_to_the_diagnosis() {
        api().post(
                        "/senders",
                        java.util.Map.of(
                                "name", "Principal", "host", "127.0.0.1", "port", 2525, "fromAddress", "c@p.com.br"));
        Billing billing = Billing.in(api());
        String charge = billing.charge(
                        LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(5))
                .id();
        signIn();
        page.navigate("/cobrancas/" + charge);
        assertThat(page.locator("#charge-notifications")).containsText("Nenhuma notificação");

        button("Marcar como paga").click();

        assertThat(page.locator("#charge-notifications")).containsText("Confirmação de pagamento");
        assertThat(page.locator("#charge-notifications")).containsText("Na fila");
        assertThat(page.locator("#charge-notifications")).containsText("maria@example.com");

        page.locator("#diagnosis-link").click();

        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Por que meu cliente não recebeu?")))
                .isVisible();
        assertThat(page.locator("#diagnosis-checks")).containsText("Cobrança em aberto");
        assertThat(page.locator("#diagnosis-checks tr.failed").first()).containsText("Cobrança em aberto");
        assertThat(page.locator("#diagnosis-summary")).containsText("CHARGE_OPEN");
    }
}
