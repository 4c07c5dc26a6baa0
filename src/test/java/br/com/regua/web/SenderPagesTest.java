package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Dkim;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.security.KeyPair;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SenderPagesTest extends BrowserTest {

    private static final String PASSWORD = "s3nha-que-nao-volta";

    @Test
    void a_sender_created_in_the_form_is_listed_without_ever_showing_its_password_back() {
        String name = "SMTP " + UUID.randomUUID().toString().substring(0, 8);
        signIn();
        page.navigate("/configuracoes/remetentes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adicionar"))
                .click();
        fill(name, "cobranca@provedor.com.br");
        button("Salvar").click();

        Locator row = page.locator("#senders tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("smtp.provedor.com.br:465");
        assertThat(row).containsText("SSL/TLS");
        assertThat(row).containsText("Definida");
        assertThat(row).containsText("Ativo");
        Assertions.assertThat(page.content()).doesNotContain(PASSWORD);

        JsonNode sender = sender(api(), name);
        Assertions.assertThat(sender.has("password")).isFalse();
        Assertions.assertThat(sender.get("hasPassword").asBoolean()).isTrue();
        Assertions.assertThat(sender.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void a_refused_form_comes_back_with_what_was_typed_except_the_password() {
        signIn();
        page.navigate("/configuracoes/remetentes/novo");
        fill("Errado", "não é e-mail");
        button("Salvar").click();

        Locator fromField = page.locator(".field")
                .filter(new Locator.FilterOptions().setHas(page.getByLabel("E-mail do remetente")));
        assertThat(fromField.locator(".field-error")).isVisible();
        assertThat(page.getByLabel("Nome", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Errado");
        assertThat(page.getByLabel("Senha")).hasValue("");
        Assertions.assertThat(page.content()).doesNotContain(PASSWORD);
    }

    @Test
    void a_sender_is_deactivated_and_activated_again_from_the_list() {
        String name = "Alternar " + UUID.randomUUID().toString().substring(0, 8);
        api().post("/senders", Map.of("name", name, "host", "127.0.0.1", "port", 2525, "fromAddress", "a@p.com.br"));
        signIn();
        page.navigate("/configuracoes/remetentes");
        Locator row = page.locator("#senders tbody tr").filter(new Locator.FilterOptions().setHasText(name));

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Desativar"))
                .click();

        assertThat(row).containsText("Inativo");
        Assertions.assertThat(sender(api(), name).get("active").asBoolean()).isFalse();

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ativar"))
                .click();

        assertThat(row.locator(".status")).hasText("Ativo");
        Assertions.assertThat(sender(api(), name).get("active").asBoolean()).isTrue();
    }

    @Test
    void a_sender_signed_with_dkim_shows_the_dns_record_to_publish_and_never_its_private_key() {
        String name = "DKIM " + UUID.randomUUID().toString().substring(0, 8);
        KeyPair key = Dkim.rsa(1024);
        String pem = Dkim.pkcs8Pem(key);
        String keyLine = pem.lines().skip(3).findFirst().orElseThrow();
        signIn();
        page.navigate("/configuracoes/remetentes/novo");
        fill(name, "cobranca@provedor.com.br");
        page.getByLabel("Domínio DKIM").fill("outro.com.br");
        page.getByLabel("Seletor DKIM").fill("regua1");
        page.getByLabel("Chave privada DKIM (PEM)").fill(pem);
        button("Salvar").click();

        Locator domainField =
                page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("Domínio DKIM")));
        assertThat(domainField.locator(".field-error")).containsText("domínio do e-mail do remetente");
        assertThat(page.getByLabel("Chave privada DKIM (PEM)")).hasValue("");
        assertThat(page.getByText("Cole a chave de novo.")).isVisible();
        Assertions.assertThat(page.content()).doesNotContain(keyLine);

        page.getByLabel("Senha").fill(PASSWORD);
        page.getByLabel("Domínio DKIM").fill("provedor.com.br");
        page.getByLabel("Chave privada DKIM (PEM)").fill(pem);
        button("Salvar").click();

        Locator row = page.locator("#senders tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        row.getByText("provedor.com.br · regua1").click();
        assertThat(row.locator(".dns-name")).hasText("regua1._domainkey.provedor.com.br");
        assertThat(row.locator(".dns-value")).hasText(Dkim.txt(key));
        Assertions.assertThat(page.content()).doesNotContain(keyLine);
        Assertions.assertThat(sender(api(), name).toString()).doesNotContain(keyLine);
    }

    @Test
    void a_senders_credentials_are_changed_in_its_edit_form_and_a_refused_change_shows_the_error_beside_the_field() {
        String name = "Editar " + UUID.randomUUID().toString().substring(0, 8);
        String id = api().post(
                        "/senders",
                        Map.of(
                                "name", name,
                                "host", "smtp.provedor.com.br",
                                "username", "antigo",
                                "password", PASSWORD,
                                "fromAddress", "cobranca@provedor.com.br"))
                .id();
        signIn();
        page.navigate("/configuracoes/remetentes");
        page.locator("#senders tbody tr")
                .filter(new Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Editar"))
                .click();
        assertThat(page.getByLabel("Servidor SMTP")).hasValue("smtp.provedor.com.br");
        assertThat(page.getByLabel("Senha")).hasValue("");
        assertThat(page.locator("#password-kept")).containsText("manter a senha atual");
        Assertions.assertThat(page.content()).doesNotContain(PASSWORD);

        page.getByLabel("E-mail do remetente").fill("não é e-mail");
        button("Salvar").click();
        Locator fromField = page.locator(".field")
                .filter(new Locator.FilterOptions().setHas(page.getByLabel("E-mail do remetente")));
        assertThat(fromField.locator(".field-error")).isVisible();
        Assertions.assertThat(sender(api(), name).get("fromAddress").asString()).isEqualTo("cobranca@provedor.com.br");

        page.getByLabel("E-mail do remetente").fill("cobranca@provedor.com.br");
        page.getByLabel("Servidor SMTP").fill("smtp2.provedor.com.br");
        page.getByLabel("Usuário").fill("novo");
        button("Salvar").click();

        Locator row = page.locator("#senders tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(page.locator(".alert.success")).containsText("Remetente " + name + " alterado.");
        assertThat(row).containsText("smtp2.provedor.com.br:587");
        assertThat(row).containsText("novo");
        assertThat(row).containsText("Definida");
        JsonNode changed = sender(api(), name);
        Assertions.assertThat(changed.get("id").asString()).isEqualTo(id);
        Assertions.assertThat(changed.get("hasPassword").asBoolean()).isTrue();
    }

    private void fill(String name, String from) {
        page.getByLabel("Nome", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Servidor SMTP").fill("smtp.provedor.com.br");
        page.getByLabel("Porta").fill("465");
        page.getByLabel("Segurança").selectOption(new SelectOption().setLabel("SSL/TLS"));
        page.getByLabel("Usuário").fill("cobranca");
        page.getByLabel("Senha").fill(PASSWORD);
        page.getByLabel("E-mail do remetente").fill(from);
        page.getByLabel("Nome do remetente").fill("Provedor Exemplo");
    }

    private static JsonNode sender(Api api, String name) {
        for (JsonNode sender : api.get("/senders").json().get("items")) {
            if (sender.get("name").asString().equals(name)) return sender;
        }
        throw new AssertionError("no sender " + name);
    }
}
