package br.com.regua.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.charges.ChargeCreated;
import br.com.regua.charges.ChargeData;
import br.com.regua.charges.ChargeOrigin;
import br.com.regua.charges.Charges;
import br.com.regua.testing.Fixtures.Billing;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every created charge is announced once, so the "cobrança gerada" notice can follow it (issue 9 item 3). */
@RecordApplicationEvents
class ChargeCreatedTest extends SubscriptionsIntegrationTest {

    @Autowired
    Charges charges;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_one_off_charge_and_each_generated_charge_publish_charge_created_once() {
        clock.setToday(LocalDate.of(2027, 1, 5));
        Tenant tenant = newTenant();
        Billing billing = Billing.in(tenant.api());
        String subscription = tenant.api()
                .post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();

        var oneOff = charges.create(
                tenant.id(),
                new ChargeData(
                        billing.customerId(),
                        null,
                        billing.paymentMethodId(),
                        15990L,
                        LocalDate.of(2027, 1, 20),
                        null,
                        null));
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 2, 18));
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 2, 18));

        List<ChargeCreated> created = events.stream(ChargeCreated.class).toList();
        var generated = jdbc.sql(
                        "SELECT id FROM charges WHERE account_id = ? AND subscription_id = ? ORDER BY due_date")
                .params(tenant.id(), UUID.fromString(subscription))
                .query(UUID.class)
                .list();
        assertThat(generated).hasSize(2);
        assertThat(created)
                .containsExactly(
                        new ChargeCreated(tenant.id(), oneOff.id(), ChargeOrigin.ONE_OFF, null),
                        new ChargeCreated(tenant.id(), generated.get(0), ChargeOrigin.SUBSCRIPTION, null),
                        new ChargeCreated(tenant.id(), generated.get(1), ChargeOrigin.SUBSCRIPTION, null));
    }
}
