package br.com.regua.notifications;

import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A merchant ready to dun: an active SMTP sender, a boleto payment method using it, and a
 * customer with a service, all made through the API; then rules, charges and planning passes.
 */
final class Dunning {

    final Tenant tenant;
    final String senderId;
    final String paymentMethodId;
    final String customerId;
    final String serviceId;
    private final Planner planner;
    private final Notifications notifications;
    private final JdbcClient jdbc;

    Dunning(Tenant tenant, Planner planner, Notifications notifications, JdbcClient jdbc) {
        this.tenant = tenant;
        this.planner = planner;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.senderId = api().post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "127.0.0.1",
                                "port", 2525,
                                "security", "NONE",
                                "fromAddress", "cobranca@provedor.com.br",
                                "fromName", "Provedor"))
                .id();
        var method = Fixtures.aBoletoPaymentMethod();
        method.put("senderId", senderId);
        this.paymentMethodId = api().post("/payment-methods", method).id();
        this.customerId = api().post("/customers", Fixtures.aCustomer()).id();
        this.serviceId = api().post("/customers/" + customerId + "/services", Fixtures.aService())
                .id();
    }

    Api api() {
        return tenant.api();
    }

    UUID account() {
        return tenant.id();
    }

    /** Adds a sending rule to the payment method. */
    String rule(String trigger, int days, Channel channel) {
        return rule(paymentMethodId, trigger, days, channel, true);
    }

    String rule(String method, String trigger, int days, Channel channel, boolean active) {
        Api.Response rule = api().post(
                        "/payment-methods/" + method + "/rules",
                        Map.of(
                                "trigger", trigger,
                                "days", days,
                                "channel", channel.name(),
                                "attachInvoice", true,
                                "active", active));
        if (rule.status() != 201) throw new IllegalStateException(rule.toString());
        return rule.id();
    }

    String charge(LocalDate due) {
        return charge(customerId, serviceId, due);
    }

    String charge(String customer, String service, LocalDate due) {
        Api.Response charge = api().post("/charges", Fixtures.aCharge(customer, service, paymentMethodId, due));
        if (charge.status() != 201) throw new IllegalStateException(charge.toString());
        return charge.id();
    }

    /** One planning pass for e-mail over [from, to], as a routine run would do it. */
    Pass plan(LocalDate from, LocalDate to) {
        UUID run = Ids.next();
        PlanResult result = planner.plan(new PlanRequest(account(), Channel.EMAIL, from, to, run));
        List<Notification> queued = notifications
                .list(
                        account(),
                        new NotificationFilter(null, null, null, null, null, run),
                        br.com.regua.shared.PageRequest.of(100, null))
                .items();
        return new Pass(result, queued);
    }

    Pass plan(LocalDate day) {
        return plan(day, day);
    }

    void sql(String statement, Object... params) {
        jdbc.sql(statement).params(params).update();
    }

    record Pass(PlanResult result, List<Notification> queued) {
        List<String> triggers() {
            return queued.stream().map(Notification::trigger).sorted().toList();
        }
    }
}
