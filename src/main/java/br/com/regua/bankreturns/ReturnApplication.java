package br.com.regua.bankreturns;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.BankPayment;
import br.com.regua.charges.BankPayments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The background step of an import: matches the staged titles to charges, pays the settled ones,
 * records every matched occurrence in its charge's history and writes the report — in one
 * transaction, so a crash leaves the import PROCESSING with nothing applied, and running it again
 * (after a restart) applies it once. The import's row is locked with SKIP LOCKED: two instances
 * never apply the same file.
 */
@Component
class ReturnApplication {

    private static final Logger log = LoggerFactory.getLogger(ReturnApplication.class);

    private final JdbcClient jdbc;
    private final BankPayments payments;
    private final MatchingPaymentMethods methods;
    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    ReturnApplication(
            JdbcClient jdbc,
            BankPayments payments,
            MatchingPaymentMethods methods,
            Accounts accounts,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.methods = methods;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void apply(UUID accountId, UUID id) {
        long started = System.nanoTime();
        var claimed = jdbc.sql("""
                        SELECT bank, agency, bank_account, agreement FROM bank_returns
                        WHERE account_id = ? AND id = ? AND status = 'PROCESSING' FOR UPDATE SKIP LOCKED""")
                .params(accountId, id)
                .query((rs, n) -> new Object[] {
                    rs.getString("bank"),
                    new Identity(rs.getString("agency"), rs.getString("bank_account"), rs.getString("agreement"))
                })
                .optional();
        if (claimed.isEmpty()) return;
        // Freshly staged rows have no statistics: without them the planner nests loops over 50,000 lines.
        jdbc.sql("ANALYZE bank_return_lines").update();
        List<UUID> methodIds = methods.of(accountId, (String) claimed.get()[0], (Identity) claimed.get()[1]);
        match(accountId, id, methodIds);
        long matched = System.nanoTime();
        List<BankPayment> settled = settlements(accountId, id);
        List<UUID> paid = payments.pay(accountId, settled);
        long payments = System.nanoTime();
        results(accountId, id, paid);
        history(accountId, id);
        int updated = jdbc.sql("""
                        UPDATE bank_returns r SET status = 'COMPLETED', completed_at = now(),
                               paid = s.paid, already_paid = s.already_paid, unmatched = s.unmatched,
                               ignored = s.ignored, rejected = s.rejected
                        FROM (SELECT count(*) FILTER (WHERE result = 'PAID') AS paid,
                                     count(*) FILTER (WHERE result = 'ALREADY_PAID') AS already_paid,
                                     count(*) FILTER (WHERE result = 'UNMATCHED') AS unmatched,
                                     count(*) FILTER (WHERE result = 'IGNORED') AS ignored,
                                     count(*) FILTER (WHERE result = 'REJECTED') AS rejected
                              FROM bank_return_lines WHERE account_id = :account AND bank_return_id = :id) s
                        WHERE r.account_id = :account AND r.id = :id""").param("account", accountId).param("id", id).update();
        log.info(
                "bank return {} of account {} applied in {} ms (matching {} ms, payments and their notices {} ms):"
                        + " {} charges paid, {} payment methods matched",
                id,
                accountId,
                (System.nanoTime() - started) / 1_000_000,
                (matched - started) / 1_000_000,
                (payments - matched) / 1_000_000,
                paid.size(),
                methodIds.size());
        if (updated != 1) throw new IllegalStateException("bank return " + id + " vanished while applied");
        events.publishEvent(jdbc.sql("""
                        SELECT r.format, r.bank, (SELECT count(*) FROM bank_return_lines l
                                                   WHERE l.account_id = r.account_id AND l.bank_return_id = r.id),
                               r.paid, r.already_paid, r.unmatched, r.ignored, r.rejected
                        FROM bank_returns r WHERE r.account_id = ? AND r.id = ?""")
                .params(accountId, id)
                .query((rs, n) -> new BankReturnImported(
                        accountId,
                        id,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8)))
                .single());
    }

    /**
     * Each title's charge: the one charge, among the payment methods the header names, whose nosso
     * número is the title's (leading zeros aside: a boleto issued elsewhere keeps them as typed). A nosso número two of those methods share matches neither.
     */
    private void match(UUID accountId, UUID id, List<UUID> methodIds) {
        if (methodIds.isEmpty()) return;
        jdbc.sql("""
                        UPDATE bank_return_lines l SET charge_id = m.charge_id
                        FROM (SELECT ltrim(c.nosso_numero, '0') AS nosso_numero, (array_agg(c.id))[1] AS charge_id
                              FROM charges c
                              WHERE c.account_id = :account
                                AND c.payment_method_id = ANY(CAST(:methods AS uuid[]))
                                AND ltrim(c.nosso_numero, '0') IN (SELECT sequence FROM bank_return_lines
                                                       WHERE account_id = :account AND bank_return_id = :id)
                              GROUP BY ltrim(c.nosso_numero, '0') HAVING count(*) = 1) m
                        WHERE l.account_id = :account AND l.bank_return_id = :id AND l.sequence = m.nosso_numero""")
                .param("account", accountId)
                .param("id", id)
                .param(
                        "methods",
                        "{"
                                + String.join(
                                        ",",
                                        methodIds.stream().map(UUID::toString).toList()) + "}")
                .update();
    }

    /** The first settlement of each open matched charge: what pays it. */
    private List<BankPayment> settlements(UUID accountId, UUID id) {
        List<BankPayment> list = new ArrayList<>();
        LocalDate today = accounts.today(accountId);
        jdbc.sql("""
                        SELECT DISTINCT ON (l.charge_id) l.charge_id, COALESCE(l.paid_at, l.credited_at) AS paid_at,
                               NULLIF(l.amount_paid, 0) AS amount
                        FROM bank_return_lines l
                        JOIN charges c ON c.account_id = l.account_id AND c.id = l.charge_id
                        WHERE l.account_id = :account AND l.bank_return_id = :id AND l.settlement
                          AND c.status IN ('PENDING', 'OVERDUE')
                        ORDER BY l.charge_id, l.line""").param("account", accountId).param("id", id).query(rs -> {
            LocalDate paidAt = rs.getObject("paid_at", LocalDate.class);
            list.add(new BankPayment(rs.getObject("charge_id", UUID.class), paidAt != null ? paidAt : today, (Long)
                    rs.getObject("amount")));
        });
        return list;
    }

    private void results(UUID accountId, UUID id, List<UUID> paid) {
        jdbc.sql("""
                        UPDATE bank_return_lines l SET result = s.result
                        FROM (SELECT x.line, CASE
                                  WHEN x.charge_id IS NULL THEN 'UNMATCHED'
                                  WHEN NOT x.settlement THEN 'IGNORED'
                                  WHEN p.id IS NOT NULL AND f.line IS NOT NULL THEN 'PAID'
                                  WHEN c.status = 'CANCELLED' THEN 'REJECTED'
                                  ELSE 'ALREADY_PAID' END AS result
                              FROM bank_return_lines x
                              LEFT JOIN charges c ON c.account_id = x.account_id AND c.id = x.charge_id
                              LEFT JOIN (SELECT DISTINCT ON (charge_id) line FROM bank_return_lines
                                         WHERE account_id = :account AND bank_return_id = :id AND settlement
                                           AND charge_id IS NOT NULL
                                         ORDER BY charge_id, line) f ON f.line = x.line
                              LEFT JOIN (SELECT DISTINCT unnest(CAST(:paid AS uuid[])) AS id) p ON p.id = x.charge_id
                              WHERE x.account_id = :account AND x.bank_return_id = :id) s
                        WHERE l.account_id = :account AND l.bank_return_id = :id AND l.line = s.line""")
                .param("account", accountId)
                .param("id", id)
                .param(
                        "paid",
                        "{" + String.join(",", paid.stream().map(UUID::toString).toList()) + "}")
                .update();
    }

    private void history(UUID accountId, UUID id) {
        jdbc.sql("""
                        INSERT INTO charge_bank_occurrences (account_id, charge_id, bank_return_id, line, occurrence,
                                                             occurrence_label, occurred_on, amount_paid, tariff, result)
                        SELECT account_id, charge_id, bank_return_id, line, occurrence, occurrence_label,
                               COALESCE(paid_at, credited_at), amount_paid, tariff, result
                        FROM bank_return_lines
                        WHERE account_id = :account AND bank_return_id = :id AND charge_id IS NOT NULL
                        ON CONFLICT DO NOTHING""").param("account", accountId).param("id", id).update();
    }
}
