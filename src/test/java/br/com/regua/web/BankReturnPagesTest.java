package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cobranças > Retorno bancário: upload a bank's file, follow it while it is applied, read its report. */
class BankReturnPagesTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploading_the_itau_return_file_pays_its_charge_and_shows_the_report_with_every_title() {
        Api api = api();
        String customer = api.post(
                        "/customers",
                        Map.of("name", "Cliente Retorno", "document", aCpf(), "email", "retorno@example.com"))
                .id();
        String method = api.post(
                        "/payment-methods",
                        Map.of(
                                "name", "Boleto Itaú",
                                "kind", "BOLETO",
                                "boleto", Map.of("bank", "341", "agency", "0111", "account", "12345", "wallet", "109")))
                .id();
        jdbc.sql("UPDATE payment_methods SET next_nosso_numero = 231327 WHERE id = ?")
                .param(UUID.fromString(method))
                .update();
        String charge = api.post("/charges", Fixtures.aCharge(customer, null, method, LocalDate.of(2027, 1, 10)))
                .id();
        signIn();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu principal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Retorno bancário"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retorno bancário")))
                .isVisible();
        page.getByLabel("Arquivo retorno")
                .setInputFiles(new FilePayload("341-itau-cnab400.ret", "text/plain", peer("341-itau-cnab400.ret")));
        button("Importar").click();

        assertThat(page.locator("#report-status")).hasText("Concluído");
        assertThat(page.locator("#report-paid")).hasText("1");
        assertThat(page.locator("#report-unmatched")).hasText("3");
        Locator items = page.locator("#report-items tbody tr");
        assertThat(items).hasCount(4);
        assertThat(items.nth(0)).containsText("Paga por este arquivo");
        assertThat(items.nth(0)).containsText("R$ 209,97");
        assertThat(items.nth(0)).containsText("20/06/2013");
        assertThat(items.nth(1)).containsText("25 · Alegações do pagador (DDA)");
        assertThat(items.nth(1)).containsText("Sem cobrança correspondente");
        assertThat(page.locator("main")).not().containsText("ALREADY_PAID");
        Assertions.assertThat(api.get("/charges/" + charge).field("status")).isEqualTo("PAID");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Retorno bancário").setExact(true))
                .first()
                .click();
        assertThat(page.locator("#bank-returns")).containsText("341-itau-cnab400.ret");
        assertThat(page.locator("#bank-returns")).containsText("Itaú · CNAB 400");
    }

    @Test
    void a_corrupted_file_is_refused_with_its_line_and_an_empty_form_says_so_beside_the_field() {
        signIn();
        page.navigate("/cobrancas/retorno-bancario");
        button("Importar").click();
        assertThat(page.locator("#file-error")).hasText("Escolha o arquivo retorno (.ret) que o banco enviou.");

        String text = new String(peer("237-bradesco-cnab400.ret"), StandardCharsets.ISO_8859_1);
        byte[] cut = text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1) + 100)
                .getBytes(StandardCharsets.ISO_8859_1);
        page.getByLabel("Arquivo retorno").setInputFiles(new FilePayload("cortado.ret", "text/plain", cut));
        button("Importar").click();

        assertThat(page.locator("#report-status")).hasText("Recusado");
        assertThat(page.locator("#report-errors tbody tr").first()).containsText("3");
        assertThat(page.locator("#report-errors")).containsText("em branco");
    }

    private static byte[] peer(String name) {
        try (InputStream in = BankReturnPagesTest.class.getResourceAsStream("/cnab/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
