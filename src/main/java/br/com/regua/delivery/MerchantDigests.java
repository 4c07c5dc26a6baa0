package br.com.regua.delivery;

import br.com.regua.shared.Brl;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The merchant's daily digest ({@code merchantDigest}, seed 003 "Para mim" at a provider's
 * scale): instead of one e-mail copy per notice, the copies of a day are HELD and, once the day is
 * over where the account lives, one e-mail lists them — the charges paid, the charges overdue and
 * the due-date warnings of that day, one line per charge.
 *
 * <p>A digest claims its copies in one statement ({@code digest_id} set where it was null), so two
 * instances never put a copy in two digests; the copies become SENT only after the server accepted
 * the digest. A digest the server refused, or whose instance stopped before its answer was
 * recorded, is sent again later with the same copies (at most {@link #MAX_ATTEMPTS} times): a
 * crash between the server's 250 and the write can repeat one digest, never lose one.
 */
@Component
public class MerchantDigests {

    private static final Logger log = LoggerFactory.getLogger(MerchantDigests.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int MAX_ATTEMPTS = 10;

    /** A digest whose instance has said nothing for this long is taken over. */
    static final Duration STALE = Duration.ofMinutes(10);

    /** How long a refused digest waits before it is tried again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(15);

    /** One line of a digest: a charge, under the heading of what happened to it that day. */
    public record Line(
            String section,
            String customerName,
            String description,
            long amount,
            LocalDate dueDate,
            LocalDate paidAt,
            Long paidAmount) {}

    /** A digest sent (or tried): its day, its address, the server's answer. */
    public record Sent(UUID id, LocalDate day, String address, int notices, boolean accepted, String response) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MerchantMail mail;
    private final ITemplateEngine templates;
    private final Clock clock;

    MerchantDigests(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            MerchantMail mail,
            ITemplateEngine templates,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.templates = templates;
        this.clock = clock;
    }

    /** Every digest due now, of every account: the days that are over with copies held, and retries. */
    public List<Sent> sendDue() {
        List<Sent> sent = new ArrayList<>();
        for (Map.Entry<UUID, LocalDate> day : daysOver()) {
            start(day.getKey(), day.getValue()).ifPresent(id -> sent.add(send(day.getKey(), id)));
        }
        for (Map.Entry<UUID, UUID> retry : retries()) {
            if (takeOver(retry.getKey(), retry.getValue())) sent.add(send(retry.getKey(), retry.getValue()));
        }
        return sent;
    }

    private List<Map.Entry<UUID, LocalDate>> daysOver() {
        return jdbc.sql("""
                        SELECT DISTINCT n.account_id, n.scheduled_for
                          FROM notifications n JOIN accounts a ON a.id = n.account_id
                         WHERE n.status = 'HELD' AND n.digest_id IS NULL
                           AND n.scheduled_for < (CAST(:now AS timestamptz) AT TIME ZONE a.time_zone)::date
                         ORDER BY 1, 2""")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    private List<Map.Entry<UUID, UUID>> retries() {
        return jdbc.sql("""
                        SELECT account_id, id FROM merchant_digests
                         WHERE status <> 'SENT' AND attempts < :max
                           AND ((status = 'FAILED' AND updated_at < CAST(:now AS timestamptz) - CAST(:retry AS interval))
                             OR (status = 'SENDING' AND updated_at < CAST(:now AS timestamptz) - CAST(:stale AS interval)))
                         ORDER BY updated_at""")
                .param("max", MAX_ATTEMPTS)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("retry", RETRY_AFTER.toSeconds() + " seconds")
                .param("stale", STALE.toSeconds() + " seconds")
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    /**
     * A new digest of the account's copies held for {@code day}, with the copies it claimed; none
     * when another instance claimed them first, or the account has no e-mail for its notices (the
     * copies are then skipped, as a notice with no address is).
     */
    Optional<UUID> start(UUID accountId, LocalDate day) {
        return transactions.execute(status -> {
            String address = jdbc.sql("SELECT NULLIF(btrim(notification_email), '') FROM accounts WHERE id = ?")
                    .param(accountId)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (address == null) {
                jdbc.sql("""
                                WITH skipped AS (
                                    UPDATE notifications SET status = 'SKIPPED', status_reason = 'NO_ADDRESS',
                                           updated_at = now()
                                     WHERE account_id = :account AND status = 'HELD' AND digest_id IS NULL
                                       AND scheduled_for = :day
                                    RETURNING account_id, id)
                                INSERT INTO notification_events (account_id, notification_id, status, response)
                                SELECT account_id, id, 'SKIPPED', 'a conta não tem e-mail para os avisos ao lojista'
                                  FROM skipped""").param("account", accountId).param("day", day).update();
                return Optional.<UUID>empty();
            }
            UUID id = br.com.regua.shared.Ids.next();
            int claimed = jdbc.sql("""
                            UPDATE notifications SET digest_id = :id, updated_at = now()
                             WHERE account_id = :account AND status = 'HELD' AND digest_id IS NULL
                               AND scheduled_for = :day""")
                    .param("id", id)
                    .param("account", accountId)
                    .param("day", day)
                    .update();
            if (claimed == 0) return Optional.<UUID>empty();
            jdbc.sql("""
                            INSERT INTO merchant_digests (account_id, id, day, status, address, notices, updated_at)
                            VALUES (?, ?, ?, 'SENDING', ?, ?, ?)""")
                    .params(accountId, id, day, address, claimed, java.sql.Timestamp.from(clock.instant()))
                    .update();
            return Optional.of(id);
        });
    }

    /** Takes a refused or stranded digest for another try; false when another instance has it. */
    private boolean takeOver(UUID accountId, UUID id) {
        return jdbc.sql("""
                        UPDATE merchant_digests SET status = 'SENDING', attempts = attempts + 1,
                               updated_at = CAST(:now AS timestamptz)
                         WHERE account_id = :account AND id = :id AND status <> 'SENT'
                           AND ((status = 'FAILED' AND updated_at < CAST(:now AS timestamptz) - CAST(:retry AS interval))
                             OR (status = 'SENDING' AND updated_at < CAST(:now AS timestamptz) - CAST(:stale AS interval)))""")
                        .param("account", accountId)
                        .param("id", id)
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .param("retry", RETRY_AFTER.toSeconds() + " seconds")
                        .param("stale", STALE.toSeconds() + " seconds")
                        .update()
                == 1;
    }

    private Sent send(UUID accountId, UUID id) {
        var digest = jdbc.sql("SELECT day, address FROM merchant_digests WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query((rs, i) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .single();
        LocalDate day = digest.getKey();
        String address = digest.getValue();
        List<Line> lines = lines(accountId, id);
        if (lines.isEmpty()) {
            // Every copy it held was cancelled meanwhile (their charges closed): nothing to tell.
            finish(accountId, id, "SENT", "nada a enviar: os avisos foram cancelados");
            return new Sent(id, day, address, 0, false, "nada a enviar");
        }
        String merchant = jdbc.sql("SELECT name FROM accounts WHERE id = ?")
                .param(accountId)
                .query(String.class)
                .single();
        String subject = "Resumo de " + day.format(DATE) + ": " + summary(lines);
        MerchantMail.Result result;
        try {
            result = mail.send(accountId, id, address, subject, html(merchant, day, lines), text(merchant, day, lines));
        } catch (RuntimeException e) {
            log.warn("Digest {} of account {} not sent", id, accountId, e);
            result = new MerchantMail.Result(false, "erro: " + e.getMessage());
        }
        if (result.sent()) {
            String response = result.response();
            transactions.executeWithoutResult(status -> {
                jdbc.sql("""
                                WITH sent AS (
                                    UPDATE notifications SET status = 'SENT', status_reason = 'DIGEST',
                                           last_response = :response, updated_at = now()
                                     WHERE account_id = :account AND digest_id = :id AND status = 'HELD'
                                    RETURNING account_id, id)
                                INSERT INTO notification_events (account_id, notification_id, status, response)
                                SELECT account_id, id, 'SENT', 'no resumo diário: ' || :response FROM sent""")
                        .param("response", response)
                        .param("account", accountId)
                        .param("id", id)
                        .update();
                finish(accountId, id, "SENT", response);
            });
        } else {
            finish(accountId, id, "FAILED", result.response());
        }
        return new Sent(id, day, address, lines.size(), result.sent(), result.response());
    }

    private void finish(UUID accountId, UUID id, String status, String response) {
        // The injected clock's time: the retries compare it with the injected clock's now.
        jdbc.sql("UPDATE merchant_digests SET status = ?, response = ?, updated_at = ?"
                        + " WHERE account_id = ? AND id = ?")
                .params(status, response, java.sql.Timestamp.from(clock.instant()), accountId, id)
                .update();
    }

    /** The digest's charges, one line per charge and heading, in the order a clerk reads them. */
    List<Line> lines(UUID accountId, UUID id) {
        return jdbc
                .sql("""
                        SELECT DISTINCT ON (section, c.id)
                               CASE WHEN n.source = 'PAYMENT_CONFIRMATION' THEN 'PAID'
                                    WHEN n.trigger IN ('AFTER_DUE', 'OVERDUE_NOTICE') THEN 'OVERDUE'
                                    ELSE 'BEFORE_DUE' END AS section,
                               cu.name, c.description, c.amount, c.due_date, c.paid_at, c.paid_amount
                          FROM notifications n
                          JOIN charges c ON c.account_id = n.account_id AND c.id = n.charge_id
                          JOIN customers cu ON cu.account_id = c.account_id AND cu.id = c.customer_id
                         WHERE n.account_id = ? AND n.digest_id = ? AND n.status = 'HELD'
                         ORDER BY section DESC, c.id""")
                .params(accountId, id)
                .query((rs, i) -> new Line(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        (Long) rs.getObject(7)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((Line l) -> order(l.section()))
                        .thenComparing(Line::customerName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static int order(String section) {
        return switch (section) {
            case "PAID" -> 0;
            case "OVERDUE" -> 1;
            default -> 2;
        };
    }

    private static final Map<String, String> HEADINGS = Map.of(
            "PAID", "Cobranças pagas",
            "OVERDUE", "Cobranças vencidas",
            "BEFORE_DUE", "Avisos de vencimento enviados");

    private static Map<String, List<Line>> sections(List<Line> lines) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        for (Line line : lines)
            sections.computeIfAbsent(line.section(), k -> new ArrayList<>()).add(line);
        return sections;
    }

    private static String summary(List<Line> lines) {
        Map<String, List<Line>> sections = sections(lines);
        List<String> parts = new ArrayList<>();
        int paid = sections.getOrDefault("PAID", List.of()).size();
        int overdue = sections.getOrDefault("OVERDUE", List.of()).size();
        int before = sections.getOrDefault("BEFORE_DUE", List.of()).size();
        if (paid > 0) parts.add(paid + (paid == 1 ? " paga" : " pagas"));
        if (overdue > 0) parts.add(overdue + (overdue == 1 ? " vencida" : " vencidas"));
        if (before > 0) parts.add(before + (before == 1 ? " aviso de vencimento" : " avisos de vencimento"));
        return String.join(", ", parts);
    }

    private String html(String merchant, LocalDate day, List<Line> lines) {
        Context context = new Context(Locale.forLanguageTag("pt-BR"));
        context.setVariable("merchant", merchant);
        context.setVariable("day", day.format(DATE));
        List<Map<String, Object>> sections = new ArrayList<>();
        sections(lines)
                .forEach((section, of) -> sections.add(Map.of(
                        "heading", HEADINGS.get(section),
                        "paid", section.equals("PAID"),
                        "lines", of.stream().map(MerchantDigests::shown).toList())));
        context.setVariable("sections", sections);
        return templates.process("mail/merchant-digest", context);
    }

    private static Map<String, String> shown(Line line) {
        return Map.of(
                "customer", line.customerName(),
                "description", line.description() == null ? "" : line.description(),
                "amount", Brl.format(line.amount()),
                "due", line.dueDate().format(DATE),
                "paid",
                        line.paidAt() == null
                                ? ""
                                : Brl.format(line.paidAmount() == null ? line.amount() : line.paidAmount()) + " em "
                                        + line.paidAt().format(DATE));
    }

    private static String text(String merchant, LocalDate day, List<Line> lines) {
        StringBuilder text = new StringBuilder("Resumo de " + day.format(DATE) + " — " + merchant + "\n");
        sections(lines).forEach((section, of) -> {
            text.append("\n")
                    .append(HEADINGS.get(section))
                    .append(" (")
                    .append(of.size())
                    .append(")\n");
            for (Line line : of) {
                Map<String, String> s = shown(line);
                text.append("- ")
                        .append(s.get("customer"))
                        .append(": ")
                        .append(s.get("amount"))
                        .append(", vencimento ")
                        .append(s.get("due"));
                if (!s.get("description").isEmpty()) text.append(", ").append(s.get("description"));
                if (!s.get("paid").isEmpty()) text.append(", pago ").append(s.get("paid"));
                text.append("\n");
            }
        });
        text.append("\nVocê recebe este resumo porque escolheu um e-mail por dia em Configurações > Geral >"
                + " Dados da empresa.\n");
        return text.toString();
    }
}
