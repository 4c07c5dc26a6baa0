package br.com.regua.subscriptions;

import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers of the subscriptions' tests: bodies, and the due dates of the charges generated so far. */
abstract class SubscriptionsIntegrationTest extends IntegrationTest {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    /** Appendix A's body, for the billing's customer, service and payment method. */
    static Map<String, Object> aSubscription(Billing billing, String cycle, String firstDueDate) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "customerId",
                billing.customerId(),
                "serviceId",
                billing.serviceId(),
                "paymentMethodId",
                billing.paymentMethodId(),
                "amount",
                9990,
                "description",
                "Plano",
                "cycle",
                cycle,
                "firstDueDate",
                firstDueDate));
        return body;
    }

    /** The due dates of a subscription's charges, in order. */
    List<LocalDate> dueDates(UUID accountId, String subscriptionId) {
        return jdbc.sql("SELECT due_date FROM charges WHERE account_id = ? AND subscription_id = ? ORDER BY due_date")
                .params(accountId, UUID.fromString(subscriptionId))
                .query(LocalDate.class)
                .list();
    }

    /** Every (subscription, due date) of the account's generated charges, duplicates included. */
    List<String> generatedKeys(UUID accountId) {
        return jdbc.sql("SELECT subscription_id || ' ' || due_date FROM charges"
                        + " WHERE account_id = ? AND subscription_id IS NOT NULL ORDER BY 1")
                .param(accountId)
                .query(String.class)
                .list();
    }
}
