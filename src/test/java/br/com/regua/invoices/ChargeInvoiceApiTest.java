package br.com.regua.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChargeInvoiceApiTest extends IntegrationTest {

    @Autowired
    ChargeInvoices invoices;

    @Test
    void a_boleto_charge_carries_its_barcode_and_linha_digitavel_and_serves_its_pdf() throws Exception {
        Tenant tenant = newTenant();
        Billing billing = Billing.in(tenant.api());

        Api.Response charge = billing.charge(LocalDate.of(2026, 12, 10));

        assertThat(charge.field("nossoNumero")).isEqualTo("1");
        assertThat(charge.field("barcode")).hasSize(44).startsWith("0019");
        assertThat(charge.field("digitableLine")).startsWith("00190.00009 01234.567");
        assertThat(billing.charge(LocalDate.of(2026, 12, 10)).field("nossoNumero"))
                .isEqualTo("2");

        var pdf = tenant.api().getBytes("/charges/" + charge.id() + "/invoice.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(charge.field("digitableLine"), "R$ 159,90", "10/12/2026", "Maria Silva");
        }
        assertThat(newAccount().get("/charges/" + charge.id() + "/invoice.pdf").status())
                .isEqualTo(404);
    }

    @Test
    void the_public_link_serves_the_same_pdf_without_login_and_a_forged_one_nothing() throws Exception {
        Tenant tenant = newTenant();
        String charge =
                Billing.in(tenant.api()).charge(LocalDate.of(2026, 12, 10)).id();
        String link =
                invoices.link(tenant.id(), java.util.UUID.fromString(charge)).orElseThrow();
        String path = URI.create(link).getPath();
        HttpClient http = HttpClient.newHttpClient();

        var pdf = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var forged = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("/faturas/", "/faturas/x")))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(forged.statusCode()).isEqualTo(404);
    }

    @Test
    void a_bolix_charge_has_a_pix_copia_e_cola_and_a_pix_charge_no_boleto() {
        Api api = newAccount();
        String customer = api.post("/customers", Fixtures.aCustomer()).id();
        var bolix = Fixtures.aBoletoPaymentMethod();
        bolix.put("kind", "BOLIX");
        bolix.put("pix", Map.of("key", "cobranca@provedor.com.br", "city", "São Paulo"));
        String bolixMethod = api.post("/payment-methods", bolix).id();
        String pixMethod = api.post("/payment-methods", Map.of("name", "Pix", "kind", "PIX"))
                .id();

        Api.Response withPix =
                api.post("/charges", Fixtures.aCharge(customer, null, bolixMethod, LocalDate.of(2026, 12, 10)));
        Api.Response plainPix =
                api.post("/charges", Fixtures.aCharge(customer, null, pixMethod, LocalDate.of(2026, 12, 10)));

        assertThat(withPix.field("pixCopyPaste")).startsWith("000201").contains("br.gov.bcb.pix");
        assertThat(plainPix.field("digitableLine")).isNull();
        assertThat(api.get("/charges/" + plainPix.id() + "/invoice.pdf").status())
                .isEqualTo(404);
    }

    @Test
    void bank_data_the_bank_cannot_issue_with_is_refused_when_the_method_is_saved() {
        Api api = newAccount();
        var unknownBank = Fixtures.aBoletoPaymentMethod();
        unknownBank.put("boleto", Map.of("bank", "999", "agency", "1234", "account", "56789", "wallet", "18"));

        assertThat(api.post("/payment-methods", unknownBank).errorFields()).containsExactly("boleto.bank");
    }
}
