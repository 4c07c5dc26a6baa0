package br.com.regua.carnes;

import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The carnes table: the carnê itself; its installments are charges (charges.carne_id). */
@Repository
class CarneRows {

    /** A stored carnê, without its installments. */
    record Stored(
            UUID id,
            UUID customerId,
            UUID serviceId,
            UUID paymentMethodId,
            int installments,
            long totalAmount,
            String description,
            LocalDate firstDueDate,
            Instant createdAt,
            Instant cancelledAt) {}

    private static final String SELECT = """
            SELECT id, customer_id, service_id, payment_method_id, installments, total_amount, description,
                   first_due_date, created_at, cancelled_at
            FROM carnes
            """;

    private final JdbcClient jdbc;

    CarneRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID accountId, Stored c) {
        jdbc.sql("""
                INSERT INTO carnes (account_id, id, customer_id, service_id, payment_method_id, installments,
                                    total_amount, description, first_due_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        c.id(),
                        c.customerId(),
                        c.serviceId(),
                        c.paymentMethodId(),
                        c.installments(),
                        c.totalAmount(),
                        c.description(),
                        c.firstDueDate())
                .update();
    }

    Optional<Stored> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(CarneRows::map)
                .optional();
    }

    /** A page in creation order (ids are time-ordered), optionally of one customer's carnês. */
    List<Stored> list(UUID accountId, UUID customerId, PageRequest page) {
        return jdbc.sql(SELECT + """
                 WHERE account_id = :account
                   AND (CAST(:after AS uuid) IS NULL OR id > :after)
                   AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)
                 ORDER BY id LIMIT :limit""")
                .param("account", accountId)
                .param("after", page.after())
                .param("customer", customerId)
                .param("limit", page.fetchSize())
                .query(CarneRows::map)
                .list();
    }

    /** Marks the carnê cancelled as a whole; false if it already was (a racing request lost). */
    boolean markCancelled(UUID accountId, UUID id) {
        return jdbc.sql(
                                "UPDATE carnes SET cancelled_at = now() WHERE account_id = ? AND id = ? AND cancelled_at IS NULL")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("payment_method_id", UUID.class),
                rs.getInt("installments"),
                rs.getLong("total_amount"),
                rs.getString("description"),
                rs.getObject("first_due_date", LocalDate.class),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("cancelled_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
