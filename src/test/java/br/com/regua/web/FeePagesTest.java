package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Configurações > Tarifas: the price table typed in reais and the month's statement (§4.2). */
class FeePagesTest extends BrowserTest {

    /** The account is shared with the other browser tests: its prices back to the defaults. */
    @AfterEach
    void defaultPrices() {
        api().put("/fees/prices", Map.of("WHATSAPP", 35, "SMS", 0, "EMAIL", 0, "LETTER_PAGE", 190));
    }

    @Test
    void the_clerk_changes_a_price_in_reais_and_a_mistyped_one_is_named_with_nothing_saved() {
        signIn();
        page.navigate("/configuracoes/tarifas");
        assertThat(page.getByLabel("WhatsApp, por mensagem (R$)")).hasValue("0,35");
        assertThat(page.locator("#statement-totals")).containsText("WhatsApp");

        page.getByLabel("WhatsApp, por mensagem (R$)").fill("abc");
        button("Salvar preços").click();
        assertThat(page.locator("#price-error"))
                .hasText("Não foi possível salvar: informe o valor em reais, por exemplo 159,90.");
        assertThat(page.getByLabel("WhatsApp, por mensagem (R$)")).hasValue("abc");
        Assertions.assertThat(api().get("/fees/prices").json().get("WHATSAPP").asLong())
                .isEqualTo(35);

        page.getByLabel("WhatsApp, por mensagem (R$)").fill("0,40");
        page.getByLabel("SMS, por segmento de 160 caracteres (R$)").fill("0,09");
        button("Salvar preços").click();
        assertThat(page.locator(".alert.success")).hasText("Preços salvos.");
        Assertions.assertThat(api().get("/fees/prices").json().get("WHATSAPP").asLong())
                .isEqualTo(40);
        Assertions.assertThat(api().get("/fees/prices").json().get("SMS").asLong())
                .isEqualTo(9);
    }
}
