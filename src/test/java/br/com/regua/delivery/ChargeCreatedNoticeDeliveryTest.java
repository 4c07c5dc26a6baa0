package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Cobrança gerada" (issue 9 item 3): the e-mail that carries the boleto, through a real SMTP server. */
class ChargeCreatedNoticeDeliveryTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

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
    void a_charge_created_with_notify_customer_is_e_mailed_at_once_with_its_linha_digitavel_and_boleto()
            throws Exception {
        Tenant tenant = newTenant("Provedor Fibra Sul");
        var api = tenant.api();
        SmtpDunning dunning = SmtpDunning.at(api, smtp.port());
        String customer = api.post("/customers", Fixtures.aCustomer()).id();
        String service = api.post("/customers/" + customer + "/services", Fixtures.aService())
                .id();
        // the clock left as it is: the outbox's retry times are the database's now()
        LocalDate due = LocalDate.now(clock).plusDays(17);
        String shown = due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var body = Fixtures.aCharge(customer, service, dunning.method(), due);
        body.put("notifyCustomer", true);
        String charge = api.post("/charges", body).id();

        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);

        assertThat(smtp.received()).hasSize(1);
        MimeMessage mail = smtp.received().get(0);
        assertThat(mail.getAllRecipients()[0].toString()).contains("maria@example.com");
        assertThat(mail.getSubject()).isEqualTo("Sua fatura de Provedor Fibra Sul com vencimento em " + shown);
        String digitableLine = api.get("/charges/" + charge).field("digitableLine");
        assertThat(digitableLine).hasSize(54);
        String text = DispatchTest.bodyOf(mail);
        assertThat(text).contains("Sua fatura está disponível", "Maria Silva", "R$ 159,90", shown);
        assertThat(text).contains(digitableLine);
        byte[] pdf = DispatchTest.attachment(mail, "fatura.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(digitableLine);
        }
        Notification sent = notifications.forCharge(tenant.id(), UUID.fromString(charge)).stream()
                .filter(n -> n.trigger().equals("CHARGE_CREATED"))
                .findFirst()
                .orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.lastResponse()).startsWith("250");
    }
}
