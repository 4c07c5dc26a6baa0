package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 in the back-office: "Marcar como paga" and "Cancelar" each carry the "enviar e-mail"
 * checkbox, prefilled from the account's "enviar por padrão?" and deciding for that operation only.
 */
class ChargeOperationPagesTest extends BrowserTest {

    static final String NOTIFY_PAYMENT = "Enviar e-mail informando o cliente da confirmação manual da cobrança";
    static final String NOTIFY_CANCELLATION = "Enviar e-mail ao cliente informando o cancelamento da cobrança";

    LocalDate today;
    String charge;

    @BeforeEach
    void aChargeWithASender() {
        api().post(
                        "/senders",
                        Map.of("name", "Principal", "host", "127.0.0.1", "port", 2525, "fromAddress", "c@p.com.br"));
        today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        charge = Billing.in(api()).charge(today.plusDays(5)).id();
    }

    /** The account is shared with the other browser tests: leave its switches as they were. */
    @AfterEach
    void switchesBackOn() {
        api().put("/settings/email-events", Map.of("paymentConfirmation", true, "chargeCancellation", true));
    }

    @Test
    void seed_000_marking_paid_with_the_default_off_the_merchant_ticks_the_e_mail_for_this_payment_only() {
        api().put("/settings/email-events", Map.of("paymentConfirmation", false));
        signIn();
        page.navigate("/cobrancas/" + charge);
        Locator notify = page.getByLabel(NOTIFY_PAYMENT);
        assertThat(notify).not().isChecked();
        assertThat(page.getByLabel("Valor pago (R$)")).hasValue("159,90");
        assertThat(page.getByLabel("Pago em")).hasValue(today.toString());

        page.getByLabel("Pago em").fill(today.minusDays(1).toString());
        page.getByLabel("Valor pago (R$)").fill("150,00");
        notify.check();
        button("Marcar como paga").click();

        assertThat(page.locator("#charge-status")).hasText("Paga");
        assertThat(page.locator("#charge-notifications")).containsText("Confirmação de pagamento");
        var paid = api().get("/charges/" + charge).json();
        Assertions.assertThat(paid.get("paidAt").asString())
                .isEqualTo(today.minusDays(1).toString());
        Assertions.assertThat(paid.get("paidAmount").asLong()).isEqualTo(15000);
    }

    @Test
    void seed_000_cancelling_with_the_default_on_the_merchant_unticks_the_e_mail_for_this_charge_only() {
        signIn();
        page.navigate("/cobrancas/" + charge);
        Locator notify = page.getByLabel(NOTIFY_CANCELLATION);
        assertThat(notify).isChecked();
        assertThat(page.getByLabel(NOTIFY_PAYMENT)).isChecked();

        notify.uncheck();
        page.onceDialog(Dialog::accept);
        button("Cancelar").click();

        assertThat(page.locator("#charge-status")).hasText("Cancelada");
        assertThat(page.locator("#charge-notifications")).containsText("Nenhuma notificação");
        Assertions.assertThat(api().get("/settings/email-events")
                        .json()
                        .get("chargeCancellation")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_mistyped_amount_is_named_and_the_charge_stays_open() {
        signIn();
        page.navigate("/cobrancas/" + charge);

        page.getByLabel("Valor pago (R$)").fill("cento e cinquenta");
        button("Marcar como paga").click();

        assertThat(page.locator("#payment-error"))
                .hasText("Não foi possível marcar como paga: informe o valor pago em reais, por exemplo 159,90.");
        assertThat(page.locator("#charge-status")).hasText("Pendente");
    }
}
