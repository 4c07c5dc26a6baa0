package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.outbox.OutboxMessages;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.shared.Channel;
import br.com.regua.shared.PageRequest;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An SMS rule, end to end: planned by the SMS routine, rendered, kept by the outbox provider. */
class SmsDispatchTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    Notifications notifications;

    @Test
    void an_after_due_sms_goes_through_the_outbox_provider_with_the_rendered_text() {
        Tenant tenant = newTenant();
        var api = tenant.api();
        api.post("/senders", Map.of("name", "SMS local", "channel", "SMS"));
        String method =
                api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        api.post("/payment-methods/" + method + "/rules", Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "SMS"));
        String customer = api.post("/customers", Fixtures.aCustomer()).id();
        String charge = api.post("/charges", Fixtures.aCharge(customer, null, method, LocalDate.of(2021, 2, 20)))
                .id();
        String routine = api.post(
                        "/routines",
                        Map.of(
                                "name", "SMS",
                                "task", "SEND_SMS",
                                "time", "09:00",
                                "daysOfWeek", List.of("FRIDAY"),
                                "runOnHolidays", true))
                .id();
        api.post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));

        dispatcher.dispatchAll(tenant.id());

        var sent = notifications.forCharge(tenant.id(), UUID.fromString(charge));
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.channel()).isEqualTo(Channel.SMS);
            assertThat(n.address()).isEqualTo("+5511987654321");
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
        });
        var stored =
                outbox.list(tenant.id(), Channel.SMS, PageRequest.of(10, null)).items();
        assertThat(stored).singleElement().satisfies(m -> assertThat(m.text()).contains("159,90"));
    }
}
