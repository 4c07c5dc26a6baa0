package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Seed 003 "Para o envio de cobranças pelos Correios…", walked as written, then Cobranças > Cartas. */
class LetterPagesTest extends BrowserTest {

    @Test
    void
            clientes_a_customer_editar_enviar_boletos_gerados_via_correios_salvar_and_cartas_shows_the_batch_after_a_run() {
        String cpf = aCpf();
        String name = "Cliente Correios " + cpf.substring(0, 5);
        var body = Fixtures.aCustomer();
        body.remove("address");
        body.put("name", name);
        body.put("document", cpf);
        body.put("email", "correios" + cpf + "@example.com");
        String customer = api().post("/customers", body).id();
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        String charge = api().post(
                        "/charges",
                        Fixtures.aCharge(
                                customer, null, method, LocalDate.now(clock).plusDays(15)))
                .id();
        signIn();

        // "acesse o Menu lateral, Meus clientes, Clientes, clique sobre cliente desejado"
        menu().getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Clientes").setExact(true))
                .click();
        page.getByPlaceholder("Nome, CPF ou CNPJ").fill(cpf);
        button("Buscar").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        // "e clique no botão Editar"
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Editar").setExact(true))
                .click();
        page.getByLabel("CEP").fill("01310-100");
        page.getByLabel("Logradouro").fill("Av. Paulista");
        page.getByLabel("Número").fill("1000");
        page.getByLabel("Complemento").fill("Sala 12");
        page.getByLabel("Bairro").fill("Bela Vista");
        page.getByLabel("Cidade").fill("São Paulo");
        page.getByLabel("UF").fill("sp");
        // "Em seguida, selecione a caixa Enviar boletos gerados via Correios"
        page.getByLabel("Enviar boletos gerados via Correios").check();
        // "Para confirmar, clique no botão Salvar"
        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Cliente salvo")))
                .isVisible();
        assertThat(page.locator("#customer-address")).containsText("Av. Paulista, 1000 – Sala 12");
        assertThat(page.locator("#customer-address")).containsText("CEP 01310-100");
        Assertions.assertThat(api().get("/customers/" + customer + "/notification-preferences")
                        .json()
                        .get("postalDelivery")
                        .asBoolean())
                .isTrue();

        JsonNode run = runPrintLetters();
        Assertions.assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("COMPLETED");

        menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cartas"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cartas")))
                .isVisible();
        Locator newest = page.locator("#letter-batches tbody tr").first();
        assertThat(newest).containsText(today());
        String csvHref = newest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CSV"))
                .getAttribute("href");
        String pdfHref = newest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("PDF"))
                .getAttribute("href");
        APIResponse csv = context.request().get(csvHref);
        APIResponse pdf = context.request().get(pdfHref);
        Assertions.assertThat(csv.status()).isEqualTo(200);
        Assertions.assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains(name + ";Av. Paulista, 1000 – Sala 12;Bela Vista;São Paulo - SP;01310-100;" + charge);
        Assertions.assertThat(pdf.status()).isEqualTo(200);
        Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");

        // each letter is a fee line (LETTER_PAGE × pages): Configurações > Tarifas names it "Carta"
        page.navigate("/configuracoes/tarifas");
        Locator letterTotal =
                page.locator("#statement-totals tbody tr").filter(new Locator.FilterOptions().setHasText("Carta"));
        assertThat(letterTotal).hasCount(1);
        assertThat(letterTotal).not().containsText("R$ 0,00");
    }

    private Locator menu() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu principal"));
    }

    private String today() {
        return LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private JsonNode runPrintLetters() {
        Api api = api();
        String routine = api.post(
                        "/routines",
                        Map.of(
                                "name", "Imprimir cartas",
                                "task", "PRINT_LETTERS",
                                "time", "07:00:00",
                                "daysOfWeek", List.of("MONDAY"),
                                "runOnHolidays", true))
                .id();
        String run = api.post(
                        "/routines/" + routine + "/runs",
                        Map.of("date", LocalDate.now(clock).toString()))
                .id();
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> api.get("/routines/" + routine + "/runs/" + run),
                        r -> !"RUNNING".equals(r.field("status")))
                .json();
    }
}
