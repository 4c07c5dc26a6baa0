package br.com.regua.notifications;

import br.com.regua.calendar.CalendarPolicy;
import br.com.regua.calendar.Calendars;
import br.com.regua.customers.PreferenceBits;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Queues the eligible candidates of a scope in one statement and counts the rest by reason. The
 * unique key of {@code notifications} (charge, rule or event, occurrence date, channel, address in
 * lower case) makes it idempotent: a second pass, or a racing instance, inserts nothing.
 */
@Repository
class Outbox {

    private final JdbcClient jdbc;
    private final Calendars calendars;

    Outbox(JdbcClient jdbc, Calendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    PlanResult queue(Candidates.Scope scope, UUID accountId, LocalDate from, LocalDate to, Map<String, Object> params) {
        Map<String, Integer> counts = new TreeMap<>();
        Candidates.Options options = options(scope, accountId);
        bind(jdbc.sql(statement(scope, options)), accountId, from, to, params, options)
                .query((rs, n) -> counts.merge(rs.getString("reason"), rs.getInt("n"), Integer::sum))
                .list();
        return result(counts);
    }

    /**
     * Whether the scope must look for the merchant's copies: not for a manual resend (the
     * customer's alone); for a routine's window only when some customer of the account has a cell
     * "Para mim" on (every customer has a matrix, V7_1), so an account that uses none plans with
     * exactly the statement it had before.
     */
    Candidates.Options options(Candidates.Scope scope, UUID accountId) {
        return new Candidates.Options(merchantCopies(scope, accountId), maxClearingGrace(scope, accountId) > 0);
    }

    /**
     * The longest clearing grace of the account's payment methods, in business days; a window is
     * planned with the plain statement when none has one.
     */
    int maxClearingGrace(Candidates.Scope scope, UUID accountId) {
        return jdbc.sql("SELECT COALESCE(max(clearing_grace_days), 0) FROM payment_methods WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    boolean merchantCopies(Candidates.Scope scope, UUID accountId) {
        if (scope instanceof Candidates.Resend) return false;
        // One charge: its customer's matrix is read anyway, and a look over every customer would
        // cost more than the branch.
        if (!(scope instanceof Candidates.Window)) return true;
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM customers WHERE account_id = :account
                                         AND notification_preferences & :mask <> 0)""")
                .param("account", accountId)
                .param("mask", PreferenceBits.MERCHANT_MASK)
                .query(Boolean.class)
                .single());
    }

    /** The one statement that queues a scope's eligible candidates and counts all of them by reason. */
    static String statement(Candidates.Scope scope, Candidates.Options options) {
        return "WITH candidates AS MATERIALIZED (" + Candidates.sql(scope, options) + "),\n"
                + "inserted AS (\n"
                + "  INSERT INTO notifications (account_id, id, charge_id, customer_id, source, rule_id, trigger, days,"
                + " channel, contact_id, address, occurrence_date, scheduled_for, priority, template_id, attach_invoice,"
                + " routine_run_id, resend_id, recipient, status)\n"
                + "  SELECT account_id, regua_uuid_v7(), charge_id, customer_id, source, rule_id, trigger, days, channel,"
                + " contact_id, address, occurrence_date, send_date, priority, template_id, attach_invoice,"
                + " CAST(:run AS uuid), CAST(:resend AS uuid), recipient, CASE WHEN held THEN 'HELD' ELSE 'QUEUED' END\n"
                + "  FROM candidates WHERE skip_reason IS NULL\n"
                + "  ON CONFLICT DO NOTHING RETURNING 1)\n"
                + "SELECT COALESCE(skip_reason, 'ELIGIBLE') AS reason, count(*) AS n FROM candidates GROUP BY 1\n"
                + "UNION ALL SELECT 'QUEUED', count(*) FROM inserted";
    }

    /** Binds what {@link #statement} needs: the account, the window and its send calendar. */
    JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement,
            UUID accountId,
            LocalDate from,
            LocalDate to,
            Map<String, Object> params,
            Candidates.Options options) {
        SendCalendar cal = sendCalendar(accountId, from, to);
        statement = statement
                .param("account", accountId)
                .param("from", from)
                .param("to", to)
                .param("max_shift", cal.maxShift())
                .param("cal_days", cal.days())
                .param("cal_before", cal.onOrBefore())
                .param("cal_after", cal.onOrAfter())
                .param("cal_rank", cal.ranks())
                .param("default_preferences", PreferenceBits.DEFAULTS);
        if (options.clearingGrace()) {
            // n business days stretch over at most 2n + the longest run of days off calendar days
            statement = statement.param("grace_span", 2 * maxClearingGrace(null, accountId) + cal.maxShift());
        }
        if (!params.containsKey("run")) statement = statement.param("run", (Object) null);
        if (!params.containsKey("resend")) statement = statement.param("resend", (Object) null);
        for (var p : params.entrySet()) statement = statement.param(p.getKey(), p.getValue());
        return statement;
    }

    /** The account's calendar and policy (§3.4): EXACT sends on the nominal date, whatever the day. */
    SendCalendar sendCalendar(UUID accountId, LocalDate from, LocalDate to) {
        boolean exact = calendars.policy(accountId) == CalendarPolicy.EXACT;
        return SendCalendar.covering(calendars.of(accountId), exact, from, to);
    }

    private static PlanResult result(Map<String, Integer> counts) {
        int queued = counts.getOrDefault("QUEUED", 0);
        int eligible = counts.getOrDefault("ELIGIBLE", 0);
        Map<String, Integer> skipped = new TreeMap<>();
        counts.forEach((reason, n) -> {
            if (!reason.equals("QUEUED") && !reason.equals("ELIGIBLE") && n > 0) skipped.put(reason, n);
        });
        if (eligible > queued) skipped.put("ALREADY_QUEUED", eligible - queued);
        int evaluated = counts.entrySet().stream()
                .filter(e -> !e.getKey().equals("QUEUED"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        return new PlanResult(evaluated, queued, skipped);
    }
}
