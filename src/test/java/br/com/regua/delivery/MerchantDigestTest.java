package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The merchant's daily digest (issue 10 item 2): with {@code merchantDigest}, the day's copies are
 * held and one e-mail, once the day is over, lists exactly that day's paid and overdue charges.
 */
class MerchantDigestTest extends IntegrationTest {

    static final String MERCHANT = "financeiro@provedor.com.br";
    static final DateTimeFormatter BR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    MerchantDigests digests;

    SmtpServer smtp;
    Tenant tenant;
    Api api;
    SmtpDunning dunning;
    LocalDate today;

    @BeforeEach
    void merchantWithADigest() {
        smtp = new SmtpServer();
        tenant = newTenant("Provedor Exemplo");
        api = tenant.api();
        dunning = SmtpDunning.at(api, smtp.port(), false);
        // EXACT: the after-due notice goes on due + 13 whatever day today is
        api.put("/settings/calendar", Map.of("policy", "EXACT"));
        api.put(
                "/settings/account",
                Map.of("name", "Provedor Exemplo", "notificationEmail", MERCHANT, "merchantDigest", true));
        today = LocalDate.now(clock.withZone(java.time.ZoneId.of("America/Sao_Paulo")));
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
        clock.reset();
    }

    String customer(String name, String email, boolean copies) {
        var body = Fixtures.aCustomer();
        body.put("name", name);
        body.put("email", email);
        String id = api.post("/customers", body).id();
        api.put(
                "/customers/" + id + "/notification-preferences",
                Map.of(
                        "groups",
                        Map.of(
                                "OVERDUE", Map.of("MERCHANT", Map.of("EMAIL", copies)),
                                "PAID", Map.of("MERCHANT", Map.of("EMAIL", copies)))));
        return id;
    }

    String charge(String customer, LocalDate due, String description) {
        var body = Fixtures.aCharge(customer, null, dunning.method(), due);
        body.put("description", description);
        return api.post("/charges", body).id();
    }

    List<Notification> of(String charge) {
        return notifications.forCharge(tenant.id(), UUID.fromString(charge));
    }

    List<MimeMessage> toMerchant() {
        return smtp.received().stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(MERCHANT);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void the_digest_lists_exactly_the_days_paid_and_overdue_charges_in_one_e_mail_once_the_day_is_over()
            throws Exception {
        String overdue = charge(customer("Ana Overdue", "ana@example.com", true), today.minusDays(13), "Plano 100 MB");
        String paid = charge(customer("Bruno Pago", "bruno@example.com", true), today.plusDays(10), "Plano 300 MB");
        String quiet = charge(customer("Carla Sem Copia", "carla@example.com", false), today.minusDays(13), "Plano 50");
        // another day's copy: yesterday's overdue notice goes in yesterday's digest, not today's
        String yesterdays =
                charge(customer("Davi Ontem", "davi@example.com", true), today.minusDays(14), "Plano 200 MB");

        dunning.runRoutine(today.minusDays(1).toString());
        dunning.runRoutine(today.toString());
        api.post(
                "/charges/" + paid + "/payments",
                Map.of("paidAt", today.toString(), "amount", 15990, "notifyCustomer", true));
        dispatcher.dispatchAll(tenant.id());

        // the customers got theirs at once; the merchant's copies wait for the digest
        assertThat(toMerchant()).isEmpty();
        assertThat(smtp.received()).hasSize(4);
        assertThat(of(overdue))
                .filteredOn(n -> n.recipient().equals("MERCHANT"))
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.HELD));
        assertThat(of(quiet)).extracting(Notification::recipient).containsOnly("CUSTOMER");

        // yesterday is over: its digest goes now, today's not yet
        digests.sendDue();
        assertThat(toMerchant()).singleElement().satisfies(m -> {
            assertThat(m.getSubject())
                    .isEqualTo("Resumo de " + today.minusDays(1).format(BR) + ": 1 vencida");
            assertThat(DispatchTest.bodyOf(m)).contains("Davi Ontem").doesNotContain("Ana Overdue", "Bruno Pago");
        });

        clock.set(clock.instant().plus(Duration.ofDays(1)));
        digests.sendDue();

        assertThat(toMerchant()).hasSize(2);
        MimeMessage digest = toMerchant().get(1);
        assertThat(digest.getSubject()).isEqualTo("Resumo de " + today.format(BR) + ": 1 paga, 1 vencida");
        String text = DispatchTest.bodyOf(digest);
        assertThat(text)
                .contains("Cobranças pagas (1)", "Bruno Pago", "Plano 300 MB", "R$ 159,90 em " + today.format(BR))
                .contains("Cobranças vencidas (1)", "Ana Overdue", "Plano 100 MB")
                .doesNotContain("Carla Sem Copia", "Davi Ontem");
        assertThat(text.indexOf("Bruno Pago")).isLessThan(text.indexOf("Ana Overdue"));
        assertThat(of(overdue))
                .filteredOn(n -> n.recipient().equals("MERCHANT"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
                    assertThat(n.statusReason()).isEqualTo("DIGEST");
                });
        assertThat(of(yesterdays))
                .filteredOn(n -> n.recipient().equals("MERCHANT"))
                .extracting(Notification::status)
                .containsExactly(NotificationStatus.SENT);

        // once is enough
        assertThat(digests.sendDue()).isEmpty();
        assertThat(toMerchant()).hasSize(2);
    }

    @Test
    void a_digest_the_server_refused_is_sent_again_later_with_the_same_copies() {
        charge(customer("Ana Overdue", "ana@example.com", true), today.minusDays(13), "Plano 100 MB");
        dunning.runRoutine(today.toString());
        dispatcher.dispatchAll(tenant.id());
        smtp.refuseTemporarily(MERCHANT, 1);
        clock.set(clock.instant().plus(Duration.ofDays(1)));

        assertThat(digests.sendDue())
                .singleElement()
                .satisfies(s -> assertThat(s.accepted()).isFalse());
        assertThat(toMerchant()).isEmpty();
        assertThat(digests.sendDue()).isEmpty(); // not before its retry time

        clock.set(clock.instant().plus(MerchantDigests.RETRY_AFTER).plusSeconds(60));
        assertThat(digests.sendDue())
                .singleElement()
                .satisfies(s -> assertThat(s.accepted()).isTrue());
        assertThat(toMerchant()).singleElement();
    }

    @Test
    void a_copy_whose_charge_was_paid_before_the_digest_is_not_listed_as_overdue() throws Exception {
        String overdue = charge(customer("Ana Overdue", "ana@example.com", true), today.minusDays(13), "Plano 100 MB");
        dunning.runRoutine(today.toString());
        api.post(
                "/charges/" + overdue + "/payments",
                Map.of("paidAt", today.toString(), "amount", 15990, "notifyCustomer", true));
        dispatcher.dispatchAll(tenant.id());
        clock.set(clock.instant().plus(Duration.ofDays(1)));

        digests.sendDue();

        assertThat(toMerchant()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Resumo de " + today.format(BR) + ": 1 paga");
            assertThat(DispatchTest.bodyOf(m)).doesNotContain("Cobranças vencidas");
        });
    }
}
