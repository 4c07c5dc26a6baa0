package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SendingRulePagesTest extends BrowserTest {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Test
    void a_rule_added_on_the_email_tab_is_listed_and_adding_it_again_names_the_existing_rule() {
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        signIn();
        page.navigate("/configuracoes/formas-de-cobranca/" + method);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("E-mail").setExact(true))
                .click();

        addRule("Envio após vencido", "13");

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Regra")))
                .hasText("Regra adicionada.");
        Locator rows = page.locator("#sending-rules tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows).containsText("Envio após vencido");
        assertThat(rows.locator("td").nth(1)).hasText("13");
        assertThat(rows).containsText("Cobrança – Após vencimento (e-mail)");
        assertThat(rows.locator("td").nth(4)).hasText("Sim");
        assertThat(rows).containsText("Ativa");

        addRule("Envio após vencido", "13");

        assertThat(page.locator("#rule-conflict"))
                .containsText("Já existe a regra Envio após vencido, 13 dias, por E-mail nesta forma de cobrança");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).hasClass(Pattern.compile("conflict"));
        Assertions.assertThat(api().get("/payment-methods/" + method + "/rules")
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void a_rule_is_turned_off_and_removed_from_the_email_tab() {
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        api().post(
                        "/payment-methods/" + method + "/rules",
                        Map.of("trigger", "BEFORE_DUE", "days", 5, "channel", "SMS"));
        signIn();
        page.navigate("/configuracoes/formas-de-cobranca/" + method + "/email");
        Locator rows = page.locator("#sending-rules tbody tr");
        assertThat(rows).containsText("Envio antes do vencimento");

        button("Desativar").click();

        assertThat(rows).containsText("Inativa");
        Assertions.assertThat(api().get("/payment-methods/" + method + "/rules")
                        .json()
                        .get("items")
                        .get(0)
                        .get("active")
                        .asBoolean())
                .isFalse();

        page.onceDialog(dialog -> dialog.accept());
        button("Remover").click();

        assertThat(page.getByText("Nenhuma regra de envio")).isVisible();
    }

    @Test
    void days_are_required_after_due_and_zero_on_the_due_date() {
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        signIn();
        page.navigate("/configuracoes/formas-de-cobranca/" + method + "/email");

        addRule("Envio após vencido", "");
        assertThat(daysError()).hasText("informe os dias para envio");

        addRule("Envio no vencimento", "3");
        assertThat(daysError()).hasText("deve ser 0 no envio no vencimento");

        addRule("Envio no vencimento", "");
        assertThat(page.locator("#sending-rules tbody tr")).containsText("Envio no vencimento");
    }

    @Test
    void the_service_statuses_for_sending_are_saved_from_the_email_tab() {
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        signIn();
        page.navigate("/configuracoes/formas-de-cobranca/" + method + "/email");
        Locator form = page.locator("#eligible-statuses-form");
        assertThat(form.getByLabel("Ativo", EXACT)).isChecked();
        assertThat(form.getByLabel("Cancelado", EXACT)).not().isChecked();

        form.getByLabel("Cancelado", EXACT).check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Salvar status"))
                .click();

        assertThat(page.locator("#eligible-statuses-form").getByRole(AriaRole.STATUS))
                .hasText("Status salvos.");
        Assertions.assertThat(api().get("/payment-methods/" + method)
                        .json()
                        .get("eligibleServiceStatuses")
                        .toString())
                .isEqualTo("[\"ACTIVE\",\"SUSPENDED\",\"CANCELLED\"]");
        page.reload();
        assertThat(page.locator("#eligible-statuses-form").getByLabel("Cancelado", EXACT))
                .isChecked();
    }

    @Test
    void the_email_tab_of_another_accounts_payment_method_answers_404() {
        String foreign = newAccount()
                .post("/payment-methods", Fixtures.aBoletoPaymentMethod())
                .id();
        signIn();

        var response = page.navigate("/configuracoes/formas-de-cobranca/" + foreign + "/email");

        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("Forma de cobrança não encontrado");
    }

    private void addRule(String trigger, String days) {
        page.getByLabel("Regra de envio").selectOption(new SelectOption().setLabel(trigger));
        page.getByLabel("Dias para envio").fill(days);
        page.getByLabel("Canal").selectOption(new SelectOption().setLabel("E-mail"));
        page.getByLabel("Anexar fatura").check();
        button("Adicionar").click();
    }

    private Locator daysError() {
        return page.locator(".field")
                .filter(new Locator.FilterOptions().setHas(page.getByLabel("Dias para envio")))
                .locator(".field-error");
    }
}
