package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ApiKeyPagesTest extends BrowserTest {

    @Test
    void a_new_api_key_is_shown_once_and_works_against_the_api() {
        signIn();
        String name = "ERP " + UUID.randomUUID().toString().substring(0, 8);
        page.navigate("/configuracoes/chaves-de-api");
        page.getByLabel("Nome").fill(name);
        button("Criar chave").click();

        assertThat(page.locator("#new-api-key")).hasText(Pattern.compile("^regua_[A-Za-z0-9_-]{40,}$"));
        String key = page.locator("#new-api-key").textContent().trim();
        assertThat(page.locator("#api-keys")).containsText(name);
        assertThat(page.locator("#api-keys")).containsText(key.substring(0, 10) + "…");

        Api.Response customers = new Api(port, key).get("/customers");
        Assertions.assertThat(customers.status()).as(customers.toString()).isEqualTo(200);

        page.reload();
        assertThat(page.locator("#api-keys")).containsText(name);
        assertThat(page.locator("#new-api-key")).hasCount(0);
    }

    @Test
    void a_revoked_api_key_no_longer_opens_the_api() {
        signIn();
        String name = "Revogar " + UUID.randomUUID().toString().substring(0, 8);
        page.navigate("/configuracoes/chaves-de-api");
        page.getByLabel("Nome").fill(name);
        button("Criar chave").click();
        String key = page.locator("#new-api-key").textContent().trim();

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#api-keys tr")
                .filter(new Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON)
                .click();

        assertThat(page.locator(".alert.success")).hasText("Chave revogada.");
        assertThat(page.locator("#api-keys")).not().containsText(name);
        Assertions.assertThat(new Api(port, key).get("/customers").status()).isEqualTo(401);
    }
}
