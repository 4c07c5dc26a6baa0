package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbox delivered through a real SMTP server on loopback that the test reads. */
class DispatchTest extends IntegrationTest {

    static final String MARIA = "maria@example.com";

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    Suppressions suppressions;

    SmtpServer smtp;
    Tenant tenant;
    String customer;
    String service;
    String method;
    String routine;
    SmtpDunning dunning;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(api(), smtp.port());
        method = dunning.method();
        routine = dunning.routine();
        customer = api().post("/customers", Fixtures.aCustomer()).id();
        service = api().post("/customers/" + customer + "/services", Fixtures.aService())
                .id();
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    Api api() {
        return tenant.api();
    }

    String seedCharge() {
        return dunning.charge(customer, service);
    }

    void runRoutine(String date) {
        dunning.runRoutine(date);
    }

    Notification only(String charge) {
        List<Notification> all = notifications.forCharge(tenant.id(), UUID.fromString(charge));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void seed_002_the_after_due_notice_arrives_as_one_email_with_the_layout_and_one_click_unsubscribe()
            throws Exception {
        String charge = seedCharge();
        runRoutine("2021-03-05");

        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);

        assertThat(smtp.received()).as(only(charge).toString()).hasSize(1);
        MimeMessage mail = smtp.received().get(0);
        assertThat(mail.getAllRecipients()[0].toString()).contains(MARIA);
        assertThat(mail.getFrom()[0].toString()).contains("cobranca@provedor.com.br");
        assertThat(mail.getSubject()).isNotBlank();
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/descadastro/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String body = bodyOf(mail);
        assertThat(body).contains("Maria Silva", "R$ 159,90", "20/02/2021");
        String digitableLine = api().get("/charges/" + charge).field("digitableLine");
        assertThat(digitableLine).hasSize(54); // 47 digits as banks print them
        assertThat(body).contains(digitableLine);
        byte[] pdf = attachment(mail, "fatura.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(digitableLine);
        }
        Notification sent = only(charge);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.lastResponse()).startsWith("250");
        assertThat(dispatcher.dispatchAll(tenant.id())).isZero();
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void a_permanent_rejection_bounces_the_notice_and_suppresses_the_address() {
        smtp.refusePermanently(MARIA);
        String charge = seedCharge();
        runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());

        Notification bounced = only(charge);
        assertThat(bounced.status()).isEqualTo(NotificationStatus.BOUNCED);
        assertThat(bounced.lastResponse()).contains("550").contains("User unknown");
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, MARIA)).isTrue();
        assertThat(smtp.received()).isEmpty();

        String next = seedCharge();
        Api.Response run = api().post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));
        assertThat(api().get("/routines/" + routine + "/runs/" + run.id())
                        .json()
                        .get("skipped")
                        .toString())
                .contains("ADDRESS_SUPPRESSED");
        assertThat(notifications.forCharge(tenant.id(), UUID.fromString(next))).isEmpty();
    }

    @Test
    void a_temporary_rejection_is_retried_after_the_backoff_and_then_delivered() {
        smtp.refuseTemporarily(MARIA, 1);
        String charge = seedCharge();
        runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());
        Notification waiting = only(charge);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastResponse()).contains("451");
        assertThat(dispatcher.dispatchAll(tenant.id()))
                .as("not before the backoff")
                .isZero();

        clock.set(Instant.now().plus(Duration.ofMinutes(2)));
        dispatcher.dispatchAll(tenant.id());

        Notification sent = only(charge);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void an_smtp_server_down_for_a_while_loses_nothing() {
        int port = smtp.port();
        smtp.close();
        String charge = seedCharge();
        runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());
        Notification waiting = only(charge);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.lastResponse()).isNotBlank();

        smtp = new SmtpServer(port);
        clock.set(Instant.now().plus(Duration.ofMinutes(2)));
        dispatcher.dispatchAll(tenant.id());

        assertThat(only(charge).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void a_server_down_past_the_last_retry_leaves_the_notice_failed_with_its_last_answer() {
        smtp.close();
        String charge = seedCharge();
        runRoutine("2021-03-05");

        Instant at = Instant.now();
        for (int attempt = 0; attempt < 6; attempt++) {
            dispatcher.dispatchAll(tenant.id());
            at = at.plus(Duration.ofMinutes(61));
            clock.set(at);
        }

        Notification failed = only(charge);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(failed.lastResponse()).isNotBlank();
    }

    @Test
    void a_pooled_connection_idle_for_a_while_is_checked_before_use_so_a_restarted_server_loses_nothing()
            throws Exception {
        String first = seedCharge();
        runRoutine("2021-03-05");
        dispatcher.dispatchAll(tenant.id());
        assertThat(only(first).status()).isEqualTo(NotificationStatus.SENT);
        int port = smtp.port();
        smtp.close();
        smtp = new SmtpServer(port);
        // Within this a connection just used is trusted without a NOOP; past it, it is asked.
        clock.set(java.time.Instant.now()
                .plus(SmtpConnections.CHECK_WHEN_IDLE_FOR)
                .plusSeconds(1));

        String second = seedCharge();
        runRoutine("2021-03-05");
        dispatcher.dispatchAll(tenant.id());

        assertThat(only(second).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void a_charge_paid_before_its_turn_is_not_sent() {
        String charge = seedCharge();
        runRoutine("2021-03-05");
        api().post("/charges/" + charge + "/payments", Map.of("notifyCustomer", false));

        dispatcher.dispatchAll(tenant.id());

        assertThat(smtp.received()).isEmpty();
        assertThat(only(charge).status()).isEqualTo(NotificationStatus.CANCELLED);
    }

    @Test
    void an_address_suppressed_after_planning_is_checked_again_right_before_sending() {
        String charge = seedCharge();
        runRoutine("2021-03-05");
        suppressions.suppress(tenant.id(), Channel.EMAIL, "MARIA@example.com", Suppressions.Reason.COMPLAINT, "teste");

        dispatcher.dispatchAll(tenant.id());

        assertThat(smtp.received()).isEmpty();
        Notification skipped = only(charge);
        assertThat(skipped.status()).isEqualTo(NotificationStatus.SKIPPED);
        assertThat(skipped.statusReason()).isEqualTo("ADDRESS_SUPPRESSED");
    }

    @Test
    void the_unsubscribe_link_works_once_and_stops_later_sends() throws Exception {
        seedCharge();
        runRoutine("2021-03-05");
        dispatcher.dispatchAll(tenant.id());
        String link = smtp.received().get(0).getHeader("List-Unsubscribe")[0].replaceAll(".*<(http[^>]+)>.*", "$1");
        URI local = URI.create("http://localhost:" + port + URI.create(link).getPath());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest oneClick = HttpRequest.newBuilder(local)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build();

        assertThat(http.send(oneClick, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(http.send(oneClick, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(suppressions.list(tenant.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("UNSUBSCRIBE"));
        var page = http.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("não receberá mais avisos");
        var forged = HttpRequest.newBuilder(URI.create(local.toString().replaceAll(".{4}$", "AAAA")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        assertThat(http.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);

        String later = seedCharge();
        runRoutine("2021-03-05");
        assertThat(notifications.forCharge(tenant.id(), UUID.fromString(later))).isEmpty();
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void event_notices_go_out_before_routine_notices() {
        for (int i = 0; i < 3; i++) seedCharge();
        runRoutine("2021-03-05");
        String paid = api().post(
                        "/charges", Fixtures.aCharge(customer, service, method, java.time.LocalDate.of(2026, 12, 30)))
                .id();
        api().post("/charges/" + paid + "/payments", Map.of("notifyCustomer", true));

        dispatcher.dispatchBatch(1, tenant.id());

        assertThat(only(paid).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void a_hostile_customer_name_is_escaped_in_the_email_and_injects_no_header() throws Exception {
        var hostile = Fixtures.aCustomer();
        hostile.put("name", "<script>alert(1)</script>\r\nBcc: victim@example.com");
        String evil = api().post("/customers", hostile).id();
        String evilService = api().post("/customers/" + evil + "/services", Fixtures.aService())
                .id();
        api().post("/charges", Fixtures.aCharge(evil, evilService, method, java.time.LocalDate.of(2021, 2, 20)));
        runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());

        MimeMessage mail = smtp.received().get(0);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        String html = MailParts.of(mail).html();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    static byte[] attachment(MimeMessage mail, String filename) throws Exception {
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            var part = mixed.getBodyPart(i);
            if (filename.equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment " + filename);
    }

    static String bodyOf(MimeMessage mail) throws Exception {
        StringBuilder text = new StringBuilder();
        collect(mail.getContent(), text);
        return text.toString();
    }

    private static void collect(Object content, StringBuilder text) throws Exception {
        if (content instanceof String s) text.append(s);
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++)
                collect(multipart.getBodyPart(i).getContent(), text);
        }
    }
}
