package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.subscriptions.Subscriptions;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 000 on a subscription's page: "Cancelar agendamento" carries the "enviar e-mail" checkbox,
 * prefilled from the account's "enviar por padrão?" and deciding for that cancellation only.
 */
class SubscriptionCancellationPagesTest extends BrowserTest {

    static final String NOTIFY = "Enviar e-mail ao cliente informando o cancelamento do agendamento";
    static final String CANCEL_OPEN = "Cancelar também as cobranças em aberto";

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    String subscription;
    String charge;

    @BeforeEach
    void aSubscriptionWithAChargeAndASender() {
        api().post(
                        "/senders",
                        Map.of("name", "Principal", "host", "127.0.0.1", "port", 2525, "fromAddress", "c@p.com.br"));
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        // An address of its own: the account is shared, and another test may have suppressed the fixture's.
        var customer = Fixtures.aCustomer();
        customer.put("email", "cancela-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        String customerId = api().post("/customers", customer).id();
        String serviceId = api().post("/customers/" + customerId + "/services", Fixtures.aService())
                .id();
        String methodId =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        Billing billing = new Billing(api(), customerId, serviceId, methodId);
        subscription = api().post(
                        "/subscriptions",
                        Map.of(
                                "customerId", billing.customerId(),
                                "serviceId", billing.serviceId(),
                                "paymentMethodId", billing.paymentMethodId(),
                                "amount", 9990,
                                "description", "Plano mensal",
                                "cycle", "MONTHLY",
                                "firstDueDate", today.plusDays(5).toString()))
                .id();
        UUID account = jdbc.sql("SELECT account_id FROM subscriptions WHERE id = ?")
                .param(UUID.fromString(subscription))
                .query(UUID.class)
                .single();
        subscriptions.generate(account, today);
        charge = api().get("/charges?subscriptionId=" + subscription)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    /** The account is shared with the other browser tests: leave its switch as it was. */
    @AfterEach
    void switchBackOn() {
        api().put("/settings/email-events", Map.of("subscriptionCancellation", true));
    }

    @Test
    void seed_000_cancelling_with_the_default_on_the_merchant_unticks_the_e_mail_for_this_subscription_only() {
        signIn();
        page.navigate("/boletos/agendados/" + subscription);
        Locator notify = page.getByLabel(NOTIFY);
        assertThat(notify).isChecked();
        assertThat(page.getByLabel(CANCEL_OPEN)).not().isChecked();

        notify.uncheck();
        AtomicReference<String> asked = new AtomicReference<>();
        page.onceDialog(dialog -> {
            asked.set(dialog.message());
            dialog.accept();
        });
        button("Cancelar agendamento").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .hasText("Agendamento cancelado.");
        assertThat(page.locator("#subscription-status")).hasText("Cancelado");
        assertThat(page.locator("#cancel-form")).hasCount(0);
        Assertions.assertThat(asked.get()).startsWith("Cancelar este agendamento?");
        Assertions.assertThat(api().get("/charges/" + charge + "/notifications").text())
                .doesNotContain("SUBSCRIPTION_CANCELLATION");
        Assertions.assertThat(api().get("/charges/" + charge).field("status"))
                .as("open charges stay unless asked")
                .isEqualTo("PENDING");
        Assertions.assertThat(api().get("/settings/email-events")
                        .json()
                        .get("subscriptionCancellation")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void seed_000_cancelling_with_the_default_off_the_merchant_ticks_the_e_mail_and_cancels_the_open_charges() {
        api().put("/settings/email-events", Map.of("subscriptionCancellation", false));
        signIn();
        page.navigate("/boletos/agendados/" + subscription);
        Locator notify = page.getByLabel(NOTIFY);
        assertThat(notify).not().isChecked();

        notify.check();
        page.getByLabel(CANCEL_OPEN).check();
        page.onceDialog(Dialog::accept);
        button("Cancelar agendamento").click();

        assertThat(page.locator("#subscription-status")).hasText("Cancelado");
        assertThat(page.locator("#subscription-charges")).containsText("Cancelada");
        Assertions.assertThat(api().get("/charges/" + charge + "/notifications").text())
                .contains("SUBSCRIPTION_CANCELLATION");
        Assertions.assertThat(api().get("/charges/" + charge).field("status")).isEqualTo("CANCELLED");
    }

    @Test
    void dismissing_the_confirmation_cancels_nothing() {
        signIn();
        page.navigate("/boletos/agendados/" + subscription);
        page.onceDialog(Dialog::dismiss);
        button("Cancelar agendamento").click();

        assertThat(page.locator("#subscription-status")).hasText("Ativo");
        Assertions.assertThat(api().get("/subscriptions/" + subscription).field("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void a_subscription_cancelled_meanwhile_is_refused_in_place() {
        signIn();
        page.navigate("/boletos/agendados/" + subscription);
        api().post("/subscriptions/" + subscription + "/cancellation", Map.of("notifyCustomer", false));

        page.onceDialog(Dialog::accept);
        button("Cancelar agendamento").click();

        assertThat(page.locator("#cancellation-refusal")).containsText("já está cancelado ou encerrado");
        assertThat(page.locator("#subscription-status")).hasText("Cancelado");
    }
}
