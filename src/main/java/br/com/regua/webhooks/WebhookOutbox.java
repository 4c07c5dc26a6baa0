package br.com.regua.webhooks;

import br.com.regua.bankreturns.BankReturnImported;
import br.com.regua.charges.ChargeCancelled;
import br.com.regua.charges.ChargeCreated;
import br.com.regua.charges.ChargePaid;
import br.com.regua.charges.ChargesPaid;
import br.com.regua.subscriptions.SubscriptionCancelled;
import br.com.regua.subscriptions.SubscriptionDeactivated;
import br.com.regua.subscriptions.SubscriptionReactivated;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the webhook events of the charges' and subscriptions' events. The listeners are
 * synchronous, so each INSERT runs inside the publisher's transaction: the event exists if and
 * only if the change committed. One INSERT … SELECT per event fans it out to every endpoint of the
 * account subscribed to its type (none: nothing is written). charge.overdue and notification.*
 * are written by PostgreSQL triggers instead (V12_4__webhooks.sql), because the statements that
 * cause them change many rows at once.
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    WebhookOutbox(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** bank_return.imported: the import's report, in the import's transaction. */
    @EventListener
    void on(BankReturnImported event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bankReturnId", event.bankReturnId());
        data.put("status", "COMPLETED");
        data.put("format", event.format());
        data.put("bank", event.bank());
        data.put("lines", event.lines());
        data.put("paid", event.paid());
        data.put("alreadyPaid", event.alreadyPaid());
        data.put("unmatched", event.unmatched());
        data.put("ignored", event.ignored());
        data.put("rejected", event.rejected());
        emit(event.accountId(), "bank_return.imported", data);
    }

    @EventListener
    void on(ChargeCreated event) {
        charge(event.accountId(), event.chargeId(), "charge.created");
    }

    @EventListener
    void on(ChargePaid event) {
        charge(event.accountId(), event.chargeId(), "charge.paid");
    }

    /** A bank return's many payments: one charge.paid per charge, in the file's order, one statement. */
    @EventListener
    void on(ChargesPaid event) {
        jdbc.sql("""
                INSERT INTO webhook_events (account_id, endpoint_id, type, payload, created_at)
                SELECT e.account_id, e.id, 'charge.paid',
                       jsonb_build_object('type', 'charge.paid', 'timestamp', :at, 'data', webhook_charge_data(c)), :now
                FROM unnest(CAST(:charges AS uuid[])) WITH ORDINALITY AS p (id, n)
                JOIN charges c ON c.account_id = :account AND c.id = p.id
                JOIN webhook_endpoints e ON e.account_id = :account AND 'charge.paid' = ANY (e.events)
                ORDER BY p.n, e.id""")
                .param("at", clock.instant().toString())
                .param("now", Timestamp.from(clock.instant()))
                .param(
                        "charges",
                        "{"
                                + String.join(
                                        ",",
                                        event.chargeIds().stream()
                                                .map(UUID::toString)
                                                .toList()) + "}")
                .param("account", event.accountId())
                .update();
    }

    @EventListener
    void on(ChargeCancelled event) {
        charge(event.accountId(), event.chargeId(), "charge.cancelled");
    }

    @EventListener
    void on(SubscriptionDeactivated event) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reason", event.reason() == null ? null : event.reason().name());
        extra.put("notificationId", event.notificationId());
        subscription(event.accountId(), event.subscriptionId(), "subscription.deactivated", extra);
    }

    @EventListener
    void on(SubscriptionReactivated event) {
        subscription(
                event.accountId(),
                event.subscriptionId(),
                "subscription.reactivated",
                Map.of(
                        "skippedDueDates",
                        event.skippedDueDates().stream().map(Object::toString).toList()));
    }

    @EventListener
    void on(SubscriptionCancelled event) {
        subscription(
                event.accountId(),
                event.subscriptionId(),
                "subscription.cancelled",
                Map.of("cancelledCharges", event.cancelledCharges()));
    }

    int emit(UUID accountId, String type, Map<String, ?> data) {
        return jdbc.sql("""
                INSERT INTO webhook_events (account_id, endpoint_id, type, payload, created_at)
                SELECT e.account_id, e.id, :type,
                       jsonb_build_object('type', :type, 'timestamp', :at, 'data', CAST(:data AS jsonb)), :now
                FROM webhook_endpoints e
                WHERE e.account_id = :account AND :type = ANY (e.events)
                ORDER BY e.id""")
                .param("type", type)
                .param("at", clock.instant().toString())
                .param("now", Timestamp.from(clock.instant()))
                .param("account", accountId)
                .param("data", json.writeValueAsString(data))
                .update();
    }

    private void charge(UUID accountId, UUID chargeId, String type) {
        jdbc.sql("""
                INSERT INTO webhook_events (account_id, endpoint_id, type, payload, created_at)
                SELECT e.account_id, e.id, :type,
                       jsonb_build_object('type', :type, 'timestamp', :at, 'data', webhook_charge_data(c)), :now
                FROM webhook_endpoints e JOIN charges c ON c.account_id = e.account_id AND c.id = :charge
                WHERE e.account_id = :account AND :type = ANY (e.events)
                ORDER BY e.id""")
                .param("type", type)
                .param("at", clock.instant().toString())
                .param("now", Timestamp.from(clock.instant()))
                .param("charge", chargeId)
                .param("account", accountId)
                .update();
    }

    private void subscription(UUID accountId, UUID subscriptionId, String type, Map<String, Object> extra) {
        jdbc.sql("""
                INSERT INTO webhook_events (account_id, endpoint_id, type, payload, created_at)
                SELECT e.account_id, e.id, :type,
                       jsonb_build_object('type', :type, 'timestamp', :at, 'data', jsonb_strip_nulls(
                           jsonb_build_object('subscriptionId', s.id, 'number', s.number, 'status', s.status,
                                              'customerId', s.customer_id, 'amount', s.amount,
                                              'description', s.description, 'cycle', s.cycle)
                           || CAST(:extra AS jsonb))), :now
                FROM webhook_endpoints e JOIN subscriptions s ON s.account_id = e.account_id AND s.id = :subscription
                WHERE e.account_id = :account AND :type = ANY (e.events)
                ORDER BY e.id""")
                .param("type", type)
                .param("at", clock.instant().toString())
                .param("now", Timestamp.from(clock.instant()))
                .param("subscription", subscriptionId)
                .param("account", accountId)
                .param("extra", json.writeValueAsString(extra))
                .update();
    }
}
