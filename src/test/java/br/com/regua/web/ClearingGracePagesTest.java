package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Configurações > Financeiro > Formas de cobrança > a method: "Carência de compensação". */
class ClearingGracePagesTest extends BrowserTest {

    @Test
    void the_clerk_sets_the_clearing_grace_of_a_payment_method_and_a_bad_value_is_named_beside_the_field() {
        var body = Fixtures.aBoletoPaymentMethod();
        body.put("name", "Boleto com carência");
        String method = api().post("/payment-methods", body).id();
        signIn();
        page.navigate("/configuracoes/formas-de-cobranca/" + method);
        var field = page.getByLabel("Dias úteis de espera antes dos avisos de atraso");
        assertThat(field).hasValue("0");

        field.fill("15");
        button("Salvar carência").click();
        assertThat(page.locator("#clearing-grace-form .field-error")).hasText("informe de 0 a 10 dias úteis");
        Assertions.assertThat(api().get("/payment-methods/" + method)
                        .json()
                        .get("clearingGraceDays")
                        .asInt())
                .isZero();

        page.getByLabel("Dias úteis de espera antes dos avisos de atraso").fill("2");
        button("Salvar carência").click();
        assertThat(page.locator("#clearing-grace-form [role=status]")).hasText("Carência salva.");
        Assertions.assertThat(api().get("/payment-methods/" + method)
                        .json()
                        .get("clearingGraceDays")
                        .asInt())
                .isEqualTo(2);
    }
}
