package br.com.regua.fees;

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

    /**
     * One ledger line: a delivered message (its {@code notificationId}) or a printed letter (its
     * {@code letterId}, units = pages) that cost something.
     */
    public record Line(
            Instant at, FeeChannel channel, UUID notificationId, UUID letterId, UUID chargeId, int units, long amount) {

        UUID itemId() {
            return notificationId != null ? notificationId : letterId;
        }
    }

    /** A letter of a print batch to bill: LETTER_PAGE × its pages. */
    public record LetterFee(UUID letterId, UUID chargeId, int pages) {}

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
        for (FeeChannel c : FeeChannel.values()) totals.put(c.name(), new Total(0, 0, 0));
        jdbc.sql("""
                SELECT channel, count(*), sum(units), sum(amount) FROM fee_ledger
                WHERE account_id = ? AND at >= ? AND at < ? GROUP BY channel""")
                .params(accountId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, n) -> totals.put(rs.getString(1), new Total(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        long total = totals.values().stream().mapToLong(Total::amount).sum();
        List<Line> rows = jdbc.sql("""
                SELECT at, channel, notification_id, letter_id, charge_id, units, amount FROM fee_ledger
                WHERE account_id = :account AND at >= :from AND at < :to
                  AND (CAST(:after AS uuid) IS NULL OR item_id > :after)
                ORDER BY item_id LIMIT :limit""")
                .param("account", accountId)
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query((rs, n) -> new Line(
                        rs.getTimestamp(1).toInstant(),
                        FeeChannel.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class),
                        rs.getInt(6),
                        rs.getLong(7)))
                .list();
        return new Statement(month.toString(), totals, total, Page.of(rows, page, Line::itemId));
    }

    /**
     * Bills the letters of a print batch, in the caller's transaction (the batch and its lines
     * commit together): one line per letter, LETTER_PAGE × pages at the account's price now; a
     * letter billed already is not billed again, and a price of zero writes no line.
     */
    public int billLetters(UUID accountId, List<LetterFee> letters, Instant at) {
        if (letters.isEmpty()) return 0;
        return jdbc.sql("""
                INSERT INTO fee_ledger (account_id, letter_id, charge_id, channel, units, unit_price, amount, at)
                SELECT :account, l.letter_id, l.charge_id, 'LETTER', l.pages, p.price, p.price * l.pages, :at
                FROM unnest(CAST(:letters AS uuid[]), CAST(:charges AS uuid[]), CAST(:pages AS int[]))
                         AS l(letter_id, charge_id, pages)
                CROSS JOIN (SELECT COALESCE((SELECT letter_page FROM fee_prices WHERE account_id = :account),
                                            :defaultPrice) AS price) p
                WHERE p.price > 0 AND l.pages > 0
                ON CONFLICT DO NOTHING""")
                .param("account", accountId)
                .param(
                        "letters",
                        array(letters.stream().map(LetterFee::letterId).toList()))
                .param(
                        "charges",
                        array(letters.stream().map(LetterFee::chargeId).toList()))
                .param("pages", array(letters.stream().map(LetterFee::pages).toList()))
                .param("defaultPrice", FeePrices.DEFAULT.letterPage())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    private static String array(List<?> values) {
        StringBuilder array = new StringBuilder("{");
        for (Object v : values) array.append(array.length() > 1 ? "," : "").append(v);
        return array.append('}').toString();
    }

    private static String blank(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Every line of the month as CSV (semicolon-separated, as Brazilian spreadsheets expect). */
    public String csv(UUID accountId, YearMonth month) {
        ZoneId zone = accounts.timeZone(accountId);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        StringBuilder csv = new StringBuilder("data;canal;notificacao;cobranca;unidades;valor_centavos;carta\r\n");
        jdbc.sql("""
                SELECT at, channel, notification_id, charge_id, units, amount, letter_id FROM fee_ledger
                WHERE account_id = ? AND at >= ? AND at < ? ORDER BY at, item_id""")
                .params(accountId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, n) -> csv.append(
                                rs.getTimestamp(1).toInstant().atZone(zone).toOffsetDateTime())
                        .append(';')
                        .append(rs.getString(2))
                        .append(';')
                        .append(blank(rs.getObject(3, UUID.class)))
                        .append(';')
                        .append(rs.getObject(4, UUID.class))
                        .append(';')
                        .append(rs.getInt(5))
                        .append(';')
                        .append(rs.getLong(6))
                        .append(';')
                        .append(blank(rs.getObject(7, UUID.class)))
                        .append("\r\n"))
                .list();
        return csv.toString();
    }
}
