package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The carnê's notices through a real SMTP server: one e-mail with the whole carnê, one when cancelled. */
class CarneNoticeDeliveryTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    SmtpServer smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new SmtpServer();
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void a_new_carne_is_e_mailed_once_with_the_carne_pdf_holding_every_installments_linha_digitavel() throws Exception {
        Tenant tenant = newTenant("Provedor Fibra Sul");
        var api = tenant.api();
        SmtpDunning dunning = SmtpDunning.at(api, smtp.port());
        api.put("/settings/email-events", Map.of("chargeCreated", true));
        String customer = api.post("/customers", Fixtures.aCustomer()).id();
        // the clock left as it is: the outbox's retry times are the database's now()
        LocalDate first = LocalDate.now(clock).plusDays(20);
        Map<String, Object> body = new HashMap<>(Map.of(
                "customerId",
                customer,
                "paymentMethodId",
                dunning.method(),
                "installments",
                5,
                "totalAmount",
                50000,
                "firstDueDate",
                first.toString(),
                "description",
                "Instalação parcelada"));
        var carne = api.post("/carnes", body);
        assertThat(carne.status()).as(carne.toString()).isEqualTo(201);

        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);

        assertThat(smtp.received()).hasSize(1);
        MimeMessage mail = smtp.received().get(0);
        assertThat(mail.getAllRecipients()[0].toString()).contains("maria@example.com");
        assertThat(mail.getSubject()).isEqualTo("Seu carnê de Provedor Fibra Sul: Instalação parcelada");
        assertThat(DispatchTest.bodyOf(mail)).contains("Seu carnê está disponível", "Maria Silva", "R$ 100,00");
        byte[] pdf = DispatchTest.attachment(mail, "carne.pdf");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            for (JsonNode installment : carne.json().get("charges")) {
                assertThat(text)
                        .contains(api.get("/charges/" + installment.get("id").asString())
                                .field("digitableLine"));
            }
        }
    }

    @Test
    void cancelling_a_whole_carne_sends_one_e_mail_not_one_per_installment() throws Exception {
        Tenant tenant = newTenant("Provedor Fibra Sul");
        var api = tenant.api();
        SmtpDunning dunning = SmtpDunning.at(api, smtp.port());
        String customer = api.post("/customers", Fixtures.aCustomer()).id();
        var carne = api.post(
                "/carnes",
                Map.of(
                        "customerId",
                        customer,
                        "paymentMethodId",
                        dunning.method(),
                        "installments",
                        6,
                        "amount",
                        9990,
                        "firstDueDate",
                        LocalDate.now(clock).plusDays(20).toString(),
                        "notifyCustomer",
                        false));

        api.post("/carnes/" + carne.id() + "/cancellation", Map.of("notifyCustomer", true));
        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);

        assertThat(smtp.received()).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Carnê cancelado");
            assertThat(DispatchTest.bodyOf(mail)).contains("foi cancelado", "Maria Silva");
        });
    }
}
