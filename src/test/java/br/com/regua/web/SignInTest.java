package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class SignInTest extends BrowserTest {

    @Test
    void signing_in_as_admin_lands_on_inicio_with_the_account_and_user_in_the_top_bar() {
        signIn();

        assertThat(page).hasURL("http://localhost:" + port + "/");
        assertThat(page.locator(".topbar .account")).hasText("Minha empresa");
        assertThat(page.locator(".topbar .user")).hasText("admin");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Chaves de API");
    }

    @Test
    void a_wrong_password_shows_the_error_and_keeps_the_user_out() {
        page.navigate("/login");
        page.getByLabel("Usuário").fill("admin");
        page.getByLabel("Senha").fill("not-the-password");
        button("Entrar").click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Usuário ou senha inválidos.");
        page.navigate("/clientes");
        assertThat(page).hasURL("http://localhost:" + port + "/login");
    }

    @Test
    void signing_out_returns_to_the_login_page() {
        signIn();

        button("Sair").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Você saiu.");
    }
}
