package br.com.regua.charges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments confirmed by a bank return file: many charges paid in one conditional update, then a
 * {@link ChargesPaid} with the {@link ChargePaid} of each charge it paid — the same facts, with the
 * account's default for the notice, as {@code POST /charges/{id}/payments} without a body, so the
 * paid notices behave alike; the listeners handle them set-based.
 */
@Component
public class BankPayments {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BankPayments.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BankPayments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Marks PAID every one of {@code payments} whose charge is still PENDING or OVERDUE, with the
     * payment's date and amount. Answers the charges it paid; the others (already paid, cancelled,
     * paid meanwhile by another request) are left alone. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> pay(UUID accountId, List<BankPayment> payments) {
        if (payments.isEmpty()) return List.of();
        long started = System.nanoTime();
        List<UUID> ids = new ArrayList<>(payments.size());
        List<LocalDate> dates = new ArrayList<>(payments.size());
        List<Long> amounts = new ArrayList<>(payments.size());
        for (BankPayment p : payments) {
            ids.add(p.chargeId());
            dates.add(p.paidAt());
            amounts.add(p.amount());
        }
        List<ChargePaid> paid = jdbc.sql("""
                UPDATE charges c
                SET status = 'PAID', paid_at = p.paid_at, paid_amount = COALESCE(p.amount, c.amount),
                    updated_at = now()
                FROM unnest(CAST(:ids AS uuid[]), CAST(:dates AS date[]), CAST(:amounts AS bigint[]))
                     AS p (id, paid_at, amount)
                WHERE c.account_id = :account AND c.id = p.id AND c.status IN ('PENDING', 'OVERDUE')
                RETURNING c.id, c.paid_at, c.paid_amount""")
                .param("account", accountId)
                .param("ids", PgArrays.of(ids))
                .param("dates", PgArrays.of(dates))
                .param("amounts", PgArrays.of(amounts))
                .query((rs, n) -> new ChargePaid(
                        accountId,
                        rs.getObject("id", UUID.class),
                        rs.getObject("paid_at", LocalDate.class),
                        rs.getLong("paid_amount"),
                        null))
                .list();
        long updated = System.nanoTime();
        if (!paid.isEmpty()) events.publishEvent(new ChargesPaid(accountId, paid));
        log.info(
                "{} charges paid by a bank return: update {} ms, ChargePaid listeners {} ms",
                paid.size(),
                (updated - started) / 1_000_000,
                (System.nanoTime() - updated) / 1_000_000);
        return paid.stream().map(ChargePaid::chargeId).toList();
    }
}
