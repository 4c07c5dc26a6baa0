package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventNoticePagesTest extends BrowserTest {

    /** The account is shared with the other browser tests: leave its switches as they were. */
    @AfterEach
    void switchBackOn() {
        api().put("/settings/email-events", Map.of("carneCancellation", true));
    }

    @Test
    void turning_off_the_carne_cancellation_email_is_saved_on_click_and_survives_a_reload() {
        api().put("/settings/email-events", Map.of("carneCancellation", true));
        signIn();
        page.navigate("/configuracoes/emails");
        assertThat(page.locator("#event-notices li")).hasCount(7);
        assertThat(page.locator("#event-notices")).containsText("E-mail de inadimplência");
        assertThat(page.getByLabel("E-mail de cobrança gerada: enviar por padrão?"))
                .not()
                .isChecked();
        assertThat(page.getByLabel("E-mail de carnê gerado: enviar por padrão?"))
                .isChecked();
        Locator carne = page.getByLabel("E-mail de cancelamento de carnê: enviar por padrão?");
        assertThat(carne).isChecked();

        carne.click();

        assertThat(page.locator("#notice-CARNE_CANCELLATION")).containsText("Salvo: não envia");
        page.reload();
        assertThat(page.getByLabel("E-mail de cancelamento de carnê: enviar por padrão?"))
                .not()
                .isChecked();
        assertThat(page.getByLabel("E-mail de inadimplência: enviar por padrão?"))
                .isChecked();
        Assertions.assertThat(api().get("/settings/email-events")
                        .json()
                        .get("carneCancellation")
                        .asBoolean())
                .isFalse();
    }
}
