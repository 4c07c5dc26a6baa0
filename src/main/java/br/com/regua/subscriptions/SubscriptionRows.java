package br.com.regua.subscriptions;

import br.com.regua.charges.SubscriptionCharge;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions table. State changes are conditional updates, so two racing requests cannot both win. */
@Repository
class SubscriptionRows {

    /** A stored subscription with the occurrence whose charge comes next. */
    record Stored(Subscription subscription, int nextIndex) {}

    /** One charge a subscription owes by the run date: occurrence {@code k}. */
    record Due(SubscriptionCharge charge, int k) {}

    record NewSubscription(
            UUID customerId,
            UUID serviceId,
            UUID paymentMethodId,
            long amount,
            String description,
            Cycle cycle,
            LocalDate firstDueDate,
            int generateDaysBefore,
            LocalDate endDate,
            Integer maxCharges) {}

    /** The due date of occurrence k: PostgreSQL clamps month ends exactly as {@link Cycle#dueDate} does. */
    private static final String DUE_OF_K =
            "CAST(s.first_due_date + make_interval(months => %s * s.cycle_months) AS date)";

    private static final String SELECT = """
            SELECT s.id, s.number, s.customer_id, s.service_id, s.payment_method_id, s.amount, s.description, s.cycle,
                   s.first_due_date, s.generate_days_before, s.end_date, s.max_charges, s.status, s.next_index,
                   s.deactivation_reason, s.deactivated_at, s.deactivated_by_notification, s.cancelled_at,
                   s.ended_at, s.created_at
            FROM subscriptions s
            """;

    private final JdbcClient jdbc;

    SubscriptionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's next subscription number, from 1000; the counter row's lock serialises racing creations. */
    long nextNumber(UUID accountId) {
        return jdbc.sql("""
                INSERT INTO subscription_numbers (account_id, last_number) VALUES (?, 1000)
                ON CONFLICT (account_id) DO UPDATE SET last_number = subscription_numbers.last_number + 1
                RETURNING last_number""").param(accountId).query(Long.class).single();
    }

    void insert(UUID accountId, UUID id, long number, NewSubscription s) {
        jdbc.sql("""
                INSERT INTO subscriptions (account_id, id, number, customer_id, service_id, payment_method_id, amount,
                                           description, cycle, cycle_months, first_due_date, generate_days_before,
                                           end_date, max_charges, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')""")
                .params(
                        accountId,
                        id,
                        number,
                        s.customerId(),
                        s.serviceId(),
                        s.paymentMethodId(),
                        s.amount(),
                        s.description(),
                        s.cycle().name(),
                        s.cycle().months(),
                        s.firstDueDate(),
                        s.generateDaysBefore(),
                        s.endDate(),
                        s.maxCharges())
                .update();
    }

    void update(UUID accountId, UUID id, NewSubscription s) {
        jdbc.sql("""
                UPDATE subscriptions SET service_id = ?, payment_method_id = ?, amount = ?, description = ?, cycle = ?,
                       cycle_months = ?, first_due_date = ?, generate_days_before = ?, end_date = ?, max_charges = ?,
                       updated_at = now()
                WHERE account_id = ? AND id = ?""")
                .params(
                        s.serviceId(),
                        s.paymentMethodId(),
                        s.amount(),
                        s.description(),
                        s.cycle().name(),
                        s.cycle().months(),
                        s.firstDueDate(),
                        s.generateDaysBefore(),
                        s.endDate(),
                        s.maxCharges(),
                        accountId,
                        id)
                .update();
    }

    Optional<Stored> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE s.account_id = ? AND s.id = ?")
                .params(accountId, id)
                .query(SubscriptionRows::map)
                .optional();
    }

    Page<Subscription> list(UUID accountId, SubscriptionFilter filter, PageRequest page) {
        var rows = jdbc
                .sql(SELECT + """
                 WHERE s.account_id = :account
                   AND (CAST(:after AS uuid) IS NULL OR s.id > :after)
                   AND (CAST(:status AS text) IS NULL OR s.status = :status)
                   AND (CAST(:number AS bigint) IS NULL OR s.number = :number)
                   AND (CAST(:customer AS uuid) IS NULL OR s.customer_id = :customer)
                 ORDER BY s.id LIMIT :limit""")
                .param("account", accountId)
                .param("after", page.after())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("number", filter.number())
                .param("customer", filter.customerId())
                .param("limit", page.fetchSize())
                .query(SubscriptionRows::map)
                .list()
                .stream()
                .map(Stored::subscription)
                .toList();
        return Page.of(rows, page, Subscription::id);
    }

    /**
     * Up to {@code limit} charges ACTIVE subscriptions owe by {@code date}: every occurrence from the
     * next one whose due date minus generateDaysBefore is on or before the date (so a run after days
     * down catches up), within maxCharges and endDate. The series' upper bound over-estimates the
     * months elapsed (a month has at least 28 days); the WHERE keeps the exact ones.
     */
    List<Due> due(UUID accountId, LocalDate date, int limit) {
        return due(accountId, null, date, limit);
    }

    /** The same, for one subscription only when {@code subscriptionId} is given. */
    List<Due> due(UUID accountId, UUID subscriptionId, LocalDate date, int limit) {
        String dueOfK = DUE_OF_K.formatted("g.k");
        return jdbc.sql("SELECT s.id, s.customer_id, s.service_id, s.payment_method_id, s.amount, s.description, g.k, "
                        + dueOfK + " AS due_date\n"
                        + "FROM subscriptions s\n"
                        + "CROSS JOIN LATERAL generate_series(s.next_index,"
                        + " (CAST(:date AS date) + s.generate_days_before - s.first_due_date) / 28 / s.cycle_months + 1)"
                        + " AS g(k)\n"
                        + "WHERE s.account_id = :account AND s.status = 'ACTIVE'"
                        + " AND s.next_generation_date <= CAST(:date AS date)\n"
                        + "  AND (CAST(:subscription AS uuid) IS NULL OR s.id = :subscription)\n"
                        + "  AND " + dueOfK + " - s.generate_days_before <= CAST(:date AS date)\n"
                        + "  AND (s.max_charges IS NULL OR g.k < s.max_charges)\n"
                        + "  AND (s.end_date IS NULL OR " + dueOfK + " <= s.end_date)\n"
                        + "ORDER BY s.id, g.k LIMIT :limit")
                .param("account", accountId)
                .param("date", date)
                .param("subscription", subscriptionId)
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        new SubscriptionCharge(
                                rs.getObject("id", UUID.class),
                                rs.getObject("customer_id", UUID.class),
                                rs.getObject("service_id", UUID.class),
                                rs.getObject("payment_method_id", UUID.class),
                                rs.getLong("amount"),
                                rs.getString("description"),
                                rs.getObject("due_date", LocalDate.class)),
                        rs.getInt("k")))
                .list();
    }

    /** Moves each subscription past the occurrences handled; never backwards, whatever a racing run did. */
    void advance(UUID accountId, List<Due> handled) {
        if (handled.isEmpty()) return;
        jdbc.sql("""
                UPDATE subscriptions s SET next_index = GREATEST(s.next_index, h.k + 1), updated_at = now()
                FROM (SELECT id, max(k) AS k FROM unnest(CAST(:ids AS uuid[]), CAST(:ks AS int[])) AS t(id, k)
                      GROUP BY id) h
                WHERE s.account_id = :account AND s.id = h.id""")
                .param("account", accountId)
                .param("ids", array(handled.stream().map(d -> d.charge().subscriptionId())))
                .param("ks", array(handled.stream().map(Due::k)))
                .update();
    }

    /** ACTIVE subscriptions whose last charge exists become ENDED. */
    int endFinished(UUID accountId) {
        return jdbc.sql("UPDATE subscriptions s SET status = 'ENDED', ended_at = now(), updated_at = now()\n"
                        + "WHERE s.account_id = ? AND s.status = 'ACTIVE'\n"
                        + "  AND ((s.max_charges IS NOT NULL AND s.next_index >= s.max_charges)\n"
                        + "       OR (s.end_date IS NOT NULL AND " + DUE_OF_K.formatted("s.next_index")
                        + " > s.end_date))")
                .param(accountId)
                .update();
    }

    boolean deactivate(UUID accountId, UUID id, DeactivationReason reason, UUID notificationId) {
        return jdbc.sql("""
                UPDATE subscriptions SET status = 'DEACTIVATED', deactivation_reason = ?, deactivated_at = now(),
                       deactivated_by_notification = ?, updated_at = now()
                WHERE account_id = ? AND id = ? AND status = 'ACTIVE'""")
                        .params(reason.name(), notificationId, accountId, id)
                        .update()
                == 1;
    }

    boolean reactivate(UUID accountId, UUID id, int fromIndex) {
        return jdbc.sql("""
                UPDATE subscriptions SET status = 'ACTIVE', next_index = GREATEST(next_index, ?),
                       deactivation_reason = NULL, deactivated_at = NULL, deactivated_by_notification = NULL,
                       updated_at = now()
                WHERE account_id = ? AND id = ? AND status = 'DEACTIVATED'""").params(fromIndex, accountId, id).update() == 1;
    }

    boolean cancel(UUID accountId, UUID id) {
        return jdbc.sql("""
                UPDATE subscriptions SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
                WHERE account_id = ? AND id = ? AND status IN ('ACTIVE', 'DEACTIVATED')""").params(accountId, id).update() == 1;
    }

    private static String array(java.util.stream.Stream<?> values) {
        return values.map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Cycle cycle = Cycle.valueOf(rs.getString("cycle"));
        LocalDate first = rs.getObject("first_due_date", LocalDate.class);
        SubscriptionStatus status = SubscriptionStatus.valueOf(rs.getString("status"));
        int nextIndex = rs.getInt("next_index");
        String reason = rs.getString("deactivation_reason");
        UUID by = rs.getObject("deactivated_by_notification", UUID.class);
        boolean open = status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.DEACTIVATED;
        var subscription = new Subscription(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("payment_method_id", UUID.class),
                rs.getLong("amount"),
                rs.getString("description"),
                cycle,
                first,
                rs.getInt("generate_days_before"),
                rs.getObject("end_date", LocalDate.class),
                (Integer) rs.getObject("max_charges"),
                status,
                open ? cycle.dueDate(first, nextIndex) : null,
                reason == null ? null : DeactivationReason.valueOf(reason),
                instant(rs, "deactivated_at"),
                by == null ? null : new Subscription.DeactivatedBy(by),
                instant(rs, "cancelled_at"),
                instant(rs, "ended_at"),
                rs.getTimestamp("created_at").toInstant());
        return new Stored(subscription, nextIndex);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
