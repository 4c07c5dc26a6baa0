package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Gerenciar boletos > Carnês: create, read, print and cancel a carnê without the API (issue 9 item 8). */
class CarnePagesTest extends BrowserTest {

    LocalDate today;
    Billing billing;
    String name;

    @BeforeEach
    void aCustomerWithASender() {
        api().post(
                        "/senders",
                        Map.of("name", "Principal", "host", "127.0.0.1", "port", 2525, "fromAddress", "c@p.com.br"));
        today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        name = "Carnê Cliente " + System.nanoTime();
        Map<String, Object> customer = new HashMap<>(Fixtures.aCustomer());
        customer.put("name", name);
        customer.put("document", aCpf());
        String id = api().post("/customers", customer).id();
        String service = api().post("/customers/" + id + "/services", Fixtures.aService())
                .id();
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        billing = new Billing(api(), id, service, method);
    }

    /** The account is shared with the other browser tests: leave its switches as they were. */
    @AfterEach
    void switchesBack() {
        api().put("/settings/email-events", Map.of("carneCreated", true, "carneCancellation", true));
    }

    @Test
    void a_clerk_finds_the_customer_creates_a_carne_from_its_total_and_downloads_its_pdf() throws Exception {
        signIn();
        page.navigate("/boletos/carnes");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Novo carnê"))
                .click();
        page.getByLabel("Buscar cliente por nome, CPF ou CNPJ").fill(name);
        button("Buscar").click();
        page.getByLabel("Criar carnê para " + name).click();

        // the account is shared with the other browser tests: this test's boleto payment method, not the first one
        page.getByLabel("Forma de cobrança").selectOption(billing.paymentMethodId());
        page.getByLabel("Número de parcelas (2 a 60)").fill("61");
        page.getByLabel(
                        "total, dividido entre as parcelas",
                        new com.microsoft.playwright.Page.GetByLabelOptions().setExact(false))
                .check();
        page.getByLabel("Valor (R$)").fill("1.000,00");
        page.getByLabel("Vencimento da primeira parcela")
                .fill(today.plusDays(10).toString());
        page.getByLabel("Descrição").fill("Instalação parcelada");
        assertThat(page.getByLabel("Enviar e-mail ao cliente com o carnê em PDF"))
                .isChecked();
        button("Criar carnê").click();

        assertThat(page.locator(".field.invalid .field-error")).hasText("informe de 2 a 60 parcelas");
        assertThat(page.getByLabel("Valor (R$)")).hasValue("1.000,00");
        assertThat(page.getByLabel("Descrição")).hasValue("Instalação parcelada");
        page.getByLabel("Número de parcelas (2 a 60)").fill("3");
        button("Criar carnê").click();

        assertThat(page.locator("#carne-status")).hasText("Em aberto");
        assertThat(page.locator("#installments tbody tr")).hasCount(3);
        assertThat(page.locator("#installments tbody tr").first()).containsText("R$ 333,34");
        assertThat(page.locator("#installments tbody tr").nth(2)).containsText("R$ 333,33");
        assertThat(page.locator(".facts")).containsText("R$ 1.000,00");
        String url = page.url();
        String carneId = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        JsonNode carne = api().get("/carnes/" + carneId).json();
        Assertions.assertThat(carne.get("totalAmount").asLong()).isEqualTo(100000);
        var download = page.request().get("/boletos/carnes/" + carneId + "/carne.pdf");
        Assertions.assertThat(download.headers().get("content-type")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(document);
            for (JsonNode c : carne.get("charges")) {
                Assertions.assertThat(text).contains(c.get("digitableLine").asString());
            }
        }
        assertThat(page.locator("#carne-pdf")).hasText("Baixar carnê (PDF)");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("2/3"))
                .click();
        assertThat(page.locator("#charge-carne")).hasText("Parcela 2 do carnê");
        page.locator("#charge-carne").click();
        assertThat(page.locator("#installments tbody tr")).hasCount(3);
        page.navigate("/boletos/carnes");
        assertThat(page.locator("#carnes")).containsText(name);
        assertThat(page.locator("#carnes")).containsText("3 de 3 em aberto");
    }

    @Test
    void seed_000_cancelling_one_installment_then_the_whole_carne_each_with_its_e_mail_checkbox() {
        api().put("/settings/email-events", Map.of("carneCancellation", false));
        String carne = api().post(
                        "/carnes",
                        Map.of(
                                "customerId",
                                billing.customerId(),
                                "paymentMethodId",
                                billing.paymentMethodId(),
                                "installments",
                                3,
                                "amount",
                                5000,
                                "firstDueDate",
                                today.plusDays(10).toString(),
                                "notifyCustomer",
                                false))
                .id();
        signIn();
        page.navigate("/boletos/carnes/" + carne);

        page.onceDialog(Dialog::accept);
        page.locator("#installments tbody tr").nth(1).getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".alert.success")).hasText("Parcela 2 cancelada.");
        assertThat(page.locator("#installments tbody tr").nth(1)).containsText("Cancelada");
        assertThat(page.locator("#carne-status")).hasText("Em aberto");

        var notify = page.getByLabel("Enviar e-mail ao cliente informando o cancelamento do carnê");
        assertThat(notify).not().isChecked();
        notify.check();
        page.onceDialog(Dialog::accept);
        button("Cancelar carnê").click();

        assertThat(page.locator("#carne-status")).hasText("Cancelado");
        assertThat(page.locator("#installments")).not().containsText("Em aberto");
        assertThat(page.locator("#carne-cancel-form")).hasCount(0);
        assertThat(page.locator("#carne-pdf")).hasCount(0);
        var nothingToPrint = page.request().get("/boletos/carnes/" + carne + "/carne.pdf");
        Assertions.assertThat(nothingToPrint.status()).isEqualTo(409);
        Assertions.assertThat(nothingToPrint.text()).contains("não tem parcelas a imprimir");
        JsonNode first = api().get("/carnes/" + carne).json().get("charges").get(0);
        var notices = api().get("/charges/" + first.get("id").asString() + "/notifications")
                .text();
        Assertions.assertThat(notices).contains("CARNE_CANCELLATION");
    }
}
