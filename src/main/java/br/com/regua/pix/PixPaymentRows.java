package br.com.regua.pix;

import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pix_payments table: one row per endToEndId and account, whatever the Pix did. */
@Repository
class PixPaymentRows {

    private static final String SELECT = """
            SELECT id, end_to_end_id, txid, amount, paid_at, pix_key, payer_info, outcome, charge_id,
                   amount_difference, received_at
            FROM pix_payments
            """;

    private final JdbcClient jdbc;

    PixPaymentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the Pix unless its endToEndId is recorded already; answers whether it is new. A
     * concurrent delivery of the same Pix waits here for the first one's transaction and then sees it.
     */
    boolean insert(UUID accountId, UUID id, ReceivedPix pix) {
        return jdbc.sql("""
                        INSERT INTO pix_payments (account_id, id, end_to_end_id, txid, amount, paid_at, pix_key,
                                                  payer_info, refunds, outcome)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'UNKNOWN_TXID')
                        ON CONFLICT (account_id, end_to_end_id) DO NOTHING""")
                        .params(
                                accountId,
                                id,
                                pix.endToEndId(),
                                pix.txid(),
                                pix.amount(),
                                pix.paidAt(),
                                pix.pixKey(),
                                pix.payerInfo(),
                                pix.refunds())
                        .update()
                == 1;
    }

    void settle(UUID accountId, UUID id, PixOutcome outcome, UUID chargeId, Long amountDifference) {
        jdbc.sql("UPDATE pix_payments SET outcome = ?, charge_id = ?, amount_difference = ?"
                        + " WHERE account_id = ? AND id = ?")
                .params(outcome.name(), chargeId, amountDifference, accountId, id)
                .update();
    }

    /** Newest first. */
    Page<PixPayment> list(UUID accountId, PageRequest page) {
        var rows = jdbc.sql(SELECT
                        + " WHERE account_id = :account AND (CAST(:after AS uuid) IS NULL OR id < :after)"
                        + " ORDER BY id DESC LIMIT :limit")
                .param("account", accountId)
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query(PixPaymentRows::map)
                .list();
        return Page.of(rows, page, PixPayment::id);
    }

    java.util.List<PixPayment> ofCharge(UUID accountId, UUID chargeId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND charge_id = ? ORDER BY id")
                .params(accountId, chargeId)
                .query(PixPaymentRows::map)
                .list();
    }

    Map<PixOutcome, Long> countByOutcome(UUID accountId) {
        Map<PixOutcome, Long> counts = new EnumMap<>(PixOutcome.class);
        for (PixOutcome outcome : PixOutcome.values()) counts.put(outcome, 0L);
        jdbc.sql("SELECT outcome, count(*) AS n FROM pix_payments WHERE account_id = ? GROUP BY outcome")
                .params(accountId)
                .query((rs, n) -> counts.put(PixOutcome.valueOf(rs.getString("outcome")), rs.getLong("n")))
                .list();
        return counts;
    }

    private static PixPayment map(ResultSet rs, int n) throws SQLException {
        return new PixPayment(
                rs.getObject("id", UUID.class),
                rs.getString("end_to_end_id"),
                rs.getString("txid"),
                rs.getLong("amount"),
                rs.getTimestamp("paid_at").toInstant().atOffset(ZoneOffset.UTC),
                rs.getString("pix_key"),
                rs.getString("payer_info"),
                PixOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("charge_id", UUID.class),
                (Long) rs.getObject("amount_difference"),
                rs.getTimestamp("received_at").toInstant());
    }
}
