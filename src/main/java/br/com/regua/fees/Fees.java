package br.com.regua.fees;

import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account's prices and its monthly statement of the ledger the dispatcher writes. */
@Component
public class Fees {

    /** One ledger line: a delivered message that cost something. */
    public record Line(Instant at, Channel channel, UUID notificationId, UUID chargeId, int units, long amount) {}

    /** Per channel: how many messages and how much. */
    public record Total(long count, long units, long amount) {}

    /** A month of the ledger: totals per channel, their sum, and a page of the lines. */
    public record Statement(String month, Map<String, Total> totals, long total, Page<Line> lines) {}

    private final JdbcClient jdbc;
    private final br.com.regua.accounts.Accounts accounts;

    Fees(JdbcClient jdbc, br.com.regua.accounts.Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public FeePrices prices(UUID accountId) {
        return jdbc.sql("SELECT whatsapp, sms, email, letter_page FROM fee_prices WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> new FeePrices(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .optional()
                .orElse(FeePrices.DEFAULT);
    }

    /** New prices apply to messages sent from now on; lines already written keep theirs. */
    public FeePrices setPrices(UUID accountId, FeePrices prices) {
        jdbc.sql("""
                INSERT INTO fee_prices (account_id, whatsapp, sms, email, letter_page) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET whatsapp = EXCLUDED.whatsapp, sms = EXCLUDED.sms,
                    email = EXCLUDED.email, letter_page = EXCLUDED.letter_page, updated_at = now()""")
                .params(accountId, prices.whatsapp(), prices.sms(), prices.email(), prices.letterPage())
                .update();
        return prices(accountId);
    }

    /** "2026-11" → that month in the account's time zone; anything else is a 400 naming {@code month}. */
    public YearMonth month(UUID accountId, String raw) {
        if (raw == null || raw.isBlank()) return YearMonth.from(accounts.today(accountId));
        try {
            YearMonth month = YearMonth.parse(raw.trim());
            if (month.getYear() < 2000 || month.getYear() > 2099) {
                throw new InvalidFieldException("month", "deve estar entre 2000-01 e 2099-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("month", "informe o mês como AAAA-MM, por exemplo 2026-11");
        }
    }

    public Statement statement(UUID accountId, YearMonth month, PageRequest page) {
        ZoneId zone = accounts.timeZone(accountId);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<String, Total> totals = new LinkedHashMap<>();
        for (Channel c : Channel.values()) totals.put(c.name(), new Total(0, 0, 0));
        jdbc.sql("""
                SELECT channel, count(*), sum(units), sum(amount) FROM fee_ledger
                WHERE account_id = ? AND at >= ? AND at < ? GROUP BY channel""")
                .params(accountId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, n) -> totals.put(rs.getString(1), new Total(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        long total = totals.values().stream().mapToLong(Total::amount).sum();
        List<Line> rows = jdbc.sql("""
                SELECT at, channel, notification_id, charge_id, units, amount FROM fee_ledger
                WHERE account_id = :account AND at >= :from AND at < :to
                  AND (CAST(:after AS uuid) IS NULL OR notification_id > :after)
                ORDER BY notification_id LIMIT :limit""")
                .param("account", accountId)
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query((rs, n) -> new Line(
                        rs.getTimestamp(1).toInstant(),
                        Channel.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getInt(5),
                        rs.getLong(6)))
                .list();
        return new Statement(month.toString(), totals, total, Page.of(rows, page, Line::notificationId));
    }

    /** Every line of the month as CSV (semicolon-separated, as Brazilian spreadsheets expect). */
    public String csv(UUID accountId, YearMonth month) {
        ZoneId zone = accounts.timeZone(accountId);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        StringBuilder csv = new StringBuilder("data;canal;notificacao;cobranca;unidades;valor_centavos\r\n");
        jdbc.sql("""
                SELECT at, channel, notification_id, charge_id, units, amount FROM fee_ledger
                WHERE account_id = ? AND at >= ? AND at < ? ORDER BY at, notification_id""")
                .params(accountId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, n) -> csv.append(
                                rs.getTimestamp(1).toInstant().atZone(zone).toOffsetDateTime())
                        .append(';')
                        .append(rs.getString(2))
                        .append(';')
                        .append(rs.getObject(3, UUID.class))
                        .append(';')
                        .append(rs.getObject(4, UUID.class))
                        .append(';')
                        .append(rs.getInt(5))
                        .append(';')
                        .append(rs.getLong(6))
                        .append("\r\n"))
                .list();
        return csv.toString();
    }
}
