package br.com.regua.charges;

import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The charges table. Transitions are conditional updates, so two racing requests cannot both win. */
@Repository
class ChargeRows {

    record NewCharge(
            UUID customerId,
            UUID serviceId,
            UUID paymentMethodId,
            ChargeOrigin origin,
            long amount,
            String description,
            LocalDate dueDate,
            LocalDate effectiveDueDate,
            ChargeStatus status,
            String externalReference) {}

    private static final String SELECT = """
            SELECT id, customer_id, service_id, payment_method_id, origin, amount, description, due_date,
                   effective_due_date, status, paid_at, paid_amount, cancelled_at, external_reference, created_at,
                   pause_notices_until, nosso_numero, barcode, digitable_line, pix_payload, subscription_id, carne_id,
                   installment
            FROM charges
            """;

    private static final String OPEN = "status IN ('PENDING', 'OVERDUE')";

    private final JdbcClient jdbc;

    ChargeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID accountId, UUID id, NewCharge c) {
        jdbc.sql("""
                INSERT INTO charges (account_id, id, customer_id, service_id, payment_method_id, origin, amount,
                                     description, due_date, effective_due_date, status, external_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        id,
                        c.customerId(),
                        c.serviceId(),
                        c.paymentMethodId(),
                        c.origin().name(),
                        c.amount(),
                        c.description(),
                        c.dueDate(),
                        c.effectiveDueDate(),
                        c.status().name(),
                        c.externalReference())
                .update();
    }

    Optional<Charge> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(ChargeRows::map)
                .optional();
    }

    Page<Charge> list(UUID accountId, ChargeFilter filter, PageRequest page) {
        var rows = jdbc.sql(SELECT + """
                 WHERE account_id = :account
                   AND (CAST(:after AS uuid) IS NULL OR id > :after)
                   AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)
                   AND (CAST(:status AS text) IS NULL OR status = :status)
                   AND (CAST(:subscription AS uuid) IS NULL OR subscription_id = :subscription)
                   AND (CAST(:carne AS uuid) IS NULL OR carne_id = :carne)
                 ORDER BY id LIMIT :limit""")
                .param("account", accountId)
                .param("after", page.after())
                .param("customer", filter.customerId())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("subscription", filter.subscriptionId())
                .param("carne", filter.carneId())
                .param("limit", page.fetchSize())
                .query(ChargeRows::map)
                .list();
        return Page.of(rows, page, Charge::id);
    }

    java.util.List<UUID> openOfSubscription(UUID accountId, UUID subscriptionId) {
        return jdbc.sql("SELECT id FROM charges WHERE account_id = ? AND subscription_id = ? AND " + OPEN
                        + " ORDER BY id")
                .params(accountId, subscriptionId)
                .query(UUID.class)
                .list();
    }

    /** A carnê's installments, in their order. */
    java.util.List<Charge> ofCarne(UUID accountId, UUID carneId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND carne_id = ? ORDER BY installment")
                .params(accountId, carneId)
                .query(ChargeRows::map)
                .list();
    }

    /** The installments of several carnês at once, by carnê then installment. */
    java.util.List<Charge> ofCarnes(UUID accountId, java.util.Collection<UUID> carneIds) {
        if (carneIds.isEmpty()) return java.util.List.of();
        return jdbc.sql(SELECT + " WHERE account_id = :account AND carne_id = ANY(CAST(:carnes AS uuid[]))"
                        + " ORDER BY carne_id, installment")
                .param("account", accountId)
                .param("carnes", PgArrays.of(carneIds))
                .query(ChargeRows::map)
                .list();
    }

    java.util.List<UUID> openOfCarne(UUID accountId, UUID carneId) {
        return jdbc.sql("SELECT id FROM charges WHERE account_id = ? AND carne_id = ? AND " + OPEN
                        + " ORDER BY installment")
                .params(accountId, carneId)
                .query(UUID.class)
                .list();
    }

    java.util.Optional<UUID> latestOfSubscription(UUID accountId, UUID subscriptionId) {
        return jdbc.sql("SELECT id FROM charges WHERE account_id = ? AND subscription_id = ?"
                        + " ORDER BY due_date DESC, id DESC LIMIT 1")
                .params(accountId, subscriptionId)
                .query(UUID.class)
                .optional();
    }

    boolean markPaid(UUID accountId, UUID id, LocalDate paidAt, long amount) {
        return jdbc.sql("UPDATE charges SET status = 'PAID', paid_at = ?, paid_amount = ?, updated_at = now()"
                                + " WHERE account_id = ? AND id = ? AND " + OPEN)
                        .params(paidAt, amount, accountId, id)
                        .update()
                == 1;
    }

    boolean markCancelled(UUID accountId, UUID id) {
        return jdbc.sql("UPDATE charges SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()"
                                + " WHERE account_id = ? AND id = ? AND " + OPEN)
                        .params(accountId, id)
                        .update()
                == 1;
    }

    /** "Today" is the account's local date at {@code now}; overdue starts the day after the effective due date. */
    int markOverdue(Instant now) {
        return jdbc.sql("""
                UPDATE charges c SET status = 'OVERDUE', updated_at = now()
                FROM accounts a
                WHERE a.id = c.account_id AND c.status = 'PENDING'
                  AND c.effective_due_date < (CAST(? AS timestamptz) AT TIME ZONE a.time_zone)::date""").param(Timestamp.from(now)).update();
    }

    /** Whether another charge of the payment method has this nosso número. */
    boolean nossoNumeroTaken(UUID accountId, UUID paymentMethodId, String nossoNumero) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM charges WHERE account_id = ? AND payment_method_id = ?"
                        + " AND nosso_numero = ?)")
                .params(accountId, paymentMethodId, nossoNumero)
                .query(Boolean.class)
                .single();
    }

    void attachBoleto(UUID accountId, UUID id, String nossoNumero, String barcode, String digitableLine, String pix) {
        jdbc.sql("""
                UPDATE charges SET nosso_numero = ?, barcode = ?, digitable_line = ?, pix_payload = ?
                WHERE account_id = ? AND id = ?""")
                .params(nossoNumero, barcode, digitableLine, pix, accountId, id)
                .update();
    }

    boolean pauseNotices(UUID accountId, UUID id, LocalDate until) {
        return jdbc.sql(
                                "UPDATE charges SET pause_notices_until = ?, updated_at = now() WHERE account_id = ? AND id = ?")
                        .params(until, accountId, id)
                        .update()
                == 1;
    }

    int markOverdue(UUID accountId, LocalDate today) {
        return jdbc.sql("""
                UPDATE charges SET status = 'OVERDUE', updated_at = now()
                WHERE account_id = ? AND status = 'PENDING' AND effective_due_date < ?""").params(accountId, today).update();
    }

    /** The charges whose Pix copia-e-cola carries {@code txid}, oldest first. */
    java.util.List<Charge> withPixTxid(UUID accountId, String txid) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND pix_txid = ? ORDER BY id")
                .params(accountId, txid)
                .query(ChargeRows::map)
                .list();
    }

    private static Charge map(ResultSet rs, int n) throws SQLException {
        Timestamp cancelledAt = rs.getTimestamp("cancelled_at");
        return new Charge(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("payment_method_id", UUID.class),
                ChargeOrigin.valueOf(rs.getString("origin")),
                rs.getLong("amount"),
                rs.getString("description"),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("effective_due_date", LocalDate.class),
                ChargeStatus.valueOf(rs.getString("status")),
                rs.getObject("paid_at", LocalDate.class),
                (Long) rs.getObject("paid_amount"),
                cancelledAt == null ? null : cancelledAt.toInstant(),
                rs.getString("nosso_numero"),
                rs.getString("barcode"),
                rs.getString("digitable_line"),
                rs.getString("pix_payload"),
                rs.getObject("pause_notices_until", LocalDate.class),
                rs.getString("external_reference"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("subscription_id", UUID.class),
                rs.getObject("carne_id", UUID.class),
                (Integer) rs.getObject("installment"));
    }
}
