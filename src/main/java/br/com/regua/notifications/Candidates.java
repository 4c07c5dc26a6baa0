package br.com.regua.notifications;

import br.com.regua.customers.NotificationGroup;
import br.com.regua.customers.PreferenceBits;
import br.com.regua.customers.Recipient;
import br.com.regua.shared.Channel;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds the SQL that lists candidate notices with their send dates and every check of
 * {@link Check} as a boolean column plus {@code skip_reason}, the first failing one. The planner
 * inserts the candidates without a skip reason; the diagnosis reads all columns for one charge.
 *
 * <p>Send dates (product.md §3.4): BEFORE_DUE and ON_DUE go out on the business day on or before
 * {@code due − days}; AFTER_DUE on the business day on or after {@code due + days} but never
 * before the first business day after the effective due date; the overdue notice on the first
 * business day after the effective due date. The calendar arrays ({@link SendCalendar}) carry
 * those moves, so the policy EXACT needs no other code.
 *
 * <p>The candidates {@code k} are a UNION ALL, through which PostgreSQL keeps no column statistics:
 * a join on {@code k.account_id} or {@code k.payment_method_id} is estimated with default
 * selectivities (1/200 each), the estimate of a peak day's 333,000 candidates collapses to a few
 * dozen, and every lookup then runs as a nested loop of index probes. So the joins take the
 * account from {@code :account} (every candidate is of that account), and the payment method,
 * which a foreign key guarantees, is a LEFT JOIN that cannot shrink the estimate: the planner
 * then hashes customers, contacts and services once (docs/BENCHMARKS.md).
 */
final class Candidates {

    /** What part of the account to look at. */
    sealed interface Scope {}

    /** The planner: one channel, send dates in [:from, :to]. */
    record Window(Channel channel) implements Scope {}

    /** The diagnosis: one charge (:charge), every channel, every date. */
    record OneCharge() implements Scope {}

    /**
     * An event notice for the charges :charges (one, or a bank return's many), sent :today, if
     * :event_active; its occurrence is :occurrence, or the charge's due date when null (a
     * creation: one per charge).
     */
    record Event(EventNotice notice) implements Scope {}

    /**
     * A manual resend (§4.1) of one charge (:charge): every notice of {@code group} on the channels
     * :channels, sent :today with the highest priority; the notification carries :resend, which
     * sets it apart from the original in the idempotency key.
     */
    record Resend(NotificationGroup group) implements Scope {}

    private Candidates() {}

    /**
     * What else an account's candidates must look at: the merchant's copies ("Para mim", §3.3) and
     * the payment methods' clearing grace ("carência de compensação"). A routine's window asks only
     * for what the account uses, so an account that uses neither plans with the plain statement.
     */
    record Options(boolean merchantCopies, boolean clearingGrace) {
        static final Options ALL = new Options(true, true);
    }

    /** The candidates of {@code scope}, everything looked at (one charge: the diagnosis). */
    static String sql(Scope scope) {
        return sql(scope, Options.ALL);
    }

    /**
     * The candidates of {@code scope}; with {@code merchantCopies}, also the merchant's copies
     * ("Para mim", §3.3) of each notice whose cell of the customer's matrix is on. A cell that is
     * off makes no candidate at all (it is no skip). A manual resend is the customer's alone.
     */
    static String sql(Scope scope, Options options) {
        return "WITH cal(day, on_or_before, on_or_after, rank) AS ("
                + " SELECT * FROM unnest(CAST(:cal_days AS date[]), CAST(:cal_before AS date[]),"
                + " CAST(:cal_after AS date[]), CAST(:cal_rank AS int[]))),\n"
                + "sender_ready AS (" + SENDER_READY + "),\n"
                + (options.clearingGrace() ? "grace AS (" + GRACE + "),\n" : "")
                + "k AS (" + sources(scope, options.clearingGrace()) + ")\n"
                + "SELECT x.*, " + skipReason() + " AS skip_reason FROM (\n"
                + "SELECT k.account_id, k.charge_id, k.customer_id, k.source, k.rule_id, k.trigger, k.days,"
                + " k.channel, k.contact_id, k.address, k.occurrence_date, k.send_date, k.template_id,"
                + " k.attach_invoice, k.priority, k.recipient, k.held, k.held_from, k.grace_days,\n"
                + checkColumns() + "\n"
                + "FROM (" + recipients(scope, options.merchantCopies()) + ") k\n"
                + "JOIN customers cu ON cu.account_id = :account AND cu.id = k.customer_id\n"
                + "LEFT JOIN payment_methods pm ON pm.account_id = :account AND pm.id = k.payment_method_id\n"
                + "LEFT JOIN services s ON s.account_id = :account AND s.id = k.service_id\n"
                + "LEFT JOIN notification_defaults d ON d.account_id = :account\n"
                + "LEFT JOIN sender_ready snd ON snd.payment_method_id = k.payment_method_id"
                + " AND snd.channel = k.channel\n"
                + "LEFT JOIN suppressions sup ON sup.account_id = :account AND sup.channel = k.channel"
                + " AND sup.address = lower(k.address)\n"
                + ") x";
    }

    /** The account's payment methods with a clearing grace, in business days. */
    private static final String GRACE = "SELECT id, clearing_grace_days AS days FROM payment_methods"
            + " WHERE account_id = :account AND clearing_grace_days > 0";

    /** Whether each payment method has an active sender for each channel (§3.6 check 8). */
    private static final String SENDER_READY = """
            SELECT pm.id AS payment_method_id, ch.channel,
                   EXISTS (SELECT 1 FROM senders x
                           WHERE x.account_id = pm.account_id AND x.channel = ch.channel AND x.active
                             AND (ch.channel <> 'EMAIL' OR pm.sender_id IS NULL OR x.id = pm.sender_id)) AS ready
            FROM payment_methods pm CROSS JOIN (VALUES ('EMAIL'), ('SMS'), ('WHATSAPP')) AS ch(channel)
            WHERE pm.account_id = :account""";

    /**
     * Each candidate notice with whom it goes to: each contact of the customer, and, when asked,
     * the merchant (the account's notification e-mail or mobile) where the customer's "Para mim"
     * cell for the notice's group and channel is on. A copy is of a notice that exists: it follows
     * the notice's rule, the account's switch or the operation's {@code notifyCustomer} like the
     * customer's own; the matrix's cells are independent. With the daily digest, a merchant e-mail
     * copy is {@code held} for it.
     */
    private static String recipients(Scope scope, boolean merchantCopies) {
        String contacts = "SELECT k0.*, 'CUSTOMER' AS recipient, k0.source_on AS source_active, ct.id AS contact_id,"
                + " ct.allow_email, ct.allow_sms, ct.allow_whatsapp,"
                + " CASE k0.channel WHEN 'EMAIL' THEN ct.email ELSE ct.mobile_phone END AS address,"
                + " " + preferenceBit("k0", Recipient.CUSTOMER) + " AS pref_bit, false AS held\n"
                // A contact marked as another's duplicate (same mailbox in another case) gets no e-mail.
                + "      FROM k k0 JOIN contacts ct ON ct.account_id = :account AND ct.customer_id = k0.customer_id"
                + " AND (k0.channel <> 'EMAIL' OR ct.duplicate_of IS NULL)";
        if (!merchantCopies || scope instanceof Resend) return contacts;
        String merchantBit = preferenceBit("k0", Recipient.MERCHANT);
        return contacts + "\n      UNION ALL\n"
                + "      SELECT k0.*, 'MERCHANT', k0.source_on, NULL::uuid, true, true, true,"
                + " " + MERCHANT_ADDRESS.formatted("k0.channel", "acc") + ", " + merchantBit + ","
                + " k0.channel = 'EMAIL' AND acc.merchant_digest\n"
                + "      FROM k k0\n"
                + "      JOIN customers mc ON mc.account_id = :account AND mc.id = k0.customer_id\n"
                + "      JOIN accounts acc ON acc.id = :account\n"
                + "      LEFT JOIN notification_defaults md ON md.account_id = :account\n"
                + "      WHERE k0.grp IS NOT NULL AND (COALESCE(mc.notification_preferences, md.preferences,"
                + " :default_preferences) >> " + merchantBit + ") & 1 = 1";
    }

    /** The merchant's address for a channel (%1$s) on an {@code accounts} row (%2$s). */
    static final String MERCHANT_ADDRESS = "NULLIF(btrim(CASE %1$s WHEN 'EMAIL' THEN %2$s.notification_email"
            + " ELSE %2$s.notification_mobile END), '')";

    /**
     * The send date of an after-due or overdue notice whose nominal date is {@code nominal}: never
     * before the first business day after the effective due date ({@code o}), and, with a clearing
     * grace, never before the grace's last business day after it ({@code og}, §3.4 + issue 11).
     */
    private static String overdueSendDate(String nominal, boolean grace) {
        return grace
                ? "greatest(" + nominal + ", COALESCE(og.day, o.on_or_after))"
                : "greatest(" + nominal + ", o.on_or_after)";
    }

    /** The date the notice would have gone without the grace, when the grace moves it; else NULL. */
    private static String heldFrom(String nominal, boolean grace) {
        return grace
                ? "CASE WHEN og.day > greatest(" + nominal + ", o.on_or_after) THEN greatest(" + nominal
                        + ", o.on_or_after) END"
                : "NULL::date";
    }

    private static String graceJoins(boolean grace) {
        return grace
                ? " LEFT JOIN grace gm ON gm.id = c.payment_method_id\n"
                        + " LEFT JOIN cal og ON og.rank = o.rank + gm.days AND og.on_or_after = og.day\n"
                : "";
    }

    private static String sources(Scope scope, boolean grace) {
        // How many calendar days a grace of business days can stretch (weekends, holidays).
        String graceSpan = grace ? " - :grace_span" : "";
        if (scope instanceof Window w) {
            return String.join(
                    "\nUNION ALL\n",
                    beforeDue(
                            " AND r.channel = :channel",
                            windowFilter(
                                    " c.due_date BETWEEN CAST(:from AS date) + r.days"
                                            + " AND CAST(:to AS date) + r.days + :max_shift",
                                    "b.on_or_before")),
                    afterDue(
                            " AND r.channel = :channel",
                            windowFilter(
                                    " c.due_date BETWEEN CAST(:from AS date) - r.days - 2 * :max_shift - 1" + graceSpan
                                            + " AND CAST(:to AS date) - r.days",
                                    overdueSendDate("a.on_or_after", grace)),
                            grace),
                    overdueNotice(
                            w.channel() == Channel.EMAIL
                                    ? windowFilter(
                                            " c.effective_due_date BETWEEN CAST(:from AS date) - 1 - :max_shift"
                                                    + graceSpan + " AND CAST(:to AS date) - 1",
                                            overdueSendDate("o.on_or_after", grace))
                                    : " AND false",
                            grace));
        }
        if (scope instanceof Event e) return eventNotice(e.notice());
        if (scope instanceof Resend r) return resend(r.group());
        return String.join(
                "\nUNION ALL\n",
                beforeDue("", " AND c.id = :charge"),
                afterDue("", " AND c.id = :charge", grace),
                overdueNotice(" AND c.id = :charge", grace));
    }

    private static String windowFilter(String dueRange, String sendDate) {
        return " AND" + dueRange + " AND " + sendDate + " BETWEEN :from AND :to";
    }

    private static final String CHARGE_COLUMNS =
            "c.account_id, c.id AS charge_id, c.customer_id, c.service_id, c.payment_method_id, c.status,"
                    + " c.pause_notices_until AS charge_paused_until";

    private static String beforeDue(String channelFilter, String filter) {
        return "SELECT " + CHARGE_COLUMNS + ", r.id::text AS source, r.id AS rule_id, r.trigger, r.days,"
                + " r.channel, r.template_id, r.attach_invoice, r.active AS source_on,"
                + " 'BEFORE_DUE' AS grp, '{PENDING,OVERDUE}'::text[] AS statuses, 2 AS priority,"
                + " c.due_date - r.days AS occurrence_date, b.on_or_before AS send_date,"
                + " NULL::date AS held_from, NULL::int AS grace_days\n"
                + " FROM sending_rules r\n"
                + " JOIN charges c ON c.account_id = r.account_id AND c.payment_method_id = r.payment_method_id\n"
                + " JOIN cal b ON b.day = c.due_date - r.days\n"
                + " WHERE r.account_id = :account AND r.trigger IN ('BEFORE_DUE', 'ON_DUE')"
                + channelFilter + filter;
    }

    private static String afterDue(String channelFilter, String filter, boolean grace) {
        return "SELECT " + CHARGE_COLUMNS + ", r.id::text, r.id, r.trigger, r.days,"
                + " r.channel, r.template_id, r.attach_invoice, r.active,"
                + " 'OVERDUE', '{PENDING,OVERDUE}'::text[], 2,"
                + " c.due_date + r.days, " + overdueSendDate("a.on_or_after", grace) + ", "
                + heldFrom("a.on_or_after", grace) + ", " + (grace ? "gm.days" : "NULL::int") + "\n"
                + " FROM sending_rules r\n"
                + " JOIN charges c ON c.account_id = r.account_id AND c.payment_method_id = r.payment_method_id\n"
                + " JOIN cal a ON a.day = c.due_date + r.days\n"
                + " JOIN cal o ON o.day = c.effective_due_date + 1\n"
                + graceJoins(grace)
                + " WHERE r.account_id = :account AND r.trigger = 'AFTER_DUE'" + channelFilter + filter;
    }

    private static String overdueNotice(String filter, boolean grace) {
        EventNotice notice = EventNotice.OVERDUE_NOTICE;
        return "SELECT " + CHARGE_COLUMNS + ", '" + notice.name() + "' AS source, NULL::uuid AS rule_id, '"
                + notice.name() + "' AS trigger, NULL::int AS days, 'EMAIL' AS channel, '" + notice.templateId()
                + "' AS template_id, false AS attach_invoice, COALESCE(ev.overdue_notice, true) AS source_on,"
                + " 'OVERDUE' AS grp, '{PENDING,OVERDUE}'::text[] AS statuses, 2 AS priority,"
                + " c.effective_due_date + 1 AS occurrence_date, " + overdueSendDate("o.on_or_after", grace)
                + " AS send_date, " + heldFrom("o.on_or_after", grace) + " AS held_from, "
                + (grace ? "gm.days" : "NULL::int") + " AS grace_days\n"
                + " FROM charges c\n"
                + " JOIN cal o ON o.day = c.effective_due_date + 1\n"
                + graceJoins(grace)
                + " LEFT JOIN event_notice_settings ev ON ev.account_id = c.account_id\n"
                + " WHERE c.account_id = :account" + filter;
    }

    private static String eventNotice(EventNotice notice) {
        return "SELECT " + CHARGE_COLUMNS + ", '" + notice.name() + "' AS source, NULL::uuid AS rule_id, '"
                + notice.name() + "' AS trigger, NULL::int AS days, 'EMAIL' AS channel, '" + notice.templateId()
                + "' AS template_id, " + notice.attachInvoice() + " AS attach_invoice,"
                + " CAST(:event_active AS boolean) AS source_on, "
                + (notice.group() == null ? "NULL" : "'" + notice.group().name() + "'")
                + " AS grp, '{" + notice.requiredStatus() + "}'::text[] AS statuses, 1 AS priority,"
                + " COALESCE(CAST(:occurrence AS date), c.due_date) AS occurrence_date,"
                + " CAST(:today AS date) AS send_date, NULL::date AS held_from, NULL::int AS grace_days\n"
                + " FROM charges c WHERE c.account_id = :account AND c.id = ANY(CAST(:charges AS uuid[]))";
    }

    private static String resend(NotificationGroup group) {
        boolean overdue = group == NotificationGroup.OVERDUE;
        String rules = "SELECT " + CHARGE_COLUMNS + ", r.id::text AS source, r.id AS rule_id, r.trigger, r.days,"
                + " r.channel, r.template_id, r.attach_invoice, r.active AS source_on,"
                + " '" + group.name() + "' AS grp, '{PENDING,OVERDUE}'::text[] AS statuses, 0 AS priority,"
                + (overdue ? " c.due_date + r.days" : " c.due_date - r.days") + " AS occurrence_date,"
                + " CAST(:today AS date) AS send_date, NULL::date AS held_from, NULL::int AS grace_days\n"
                + " FROM sending_rules r\n"
                + " JOIN charges c ON c.account_id = r.account_id AND c.payment_method_id = r.payment_method_id\n"
                + " WHERE r.account_id = :account AND c.id = :charge"
                + " AND r.channel = ANY(CAST(:channels AS text[]))"
                + (overdue ? " AND r.trigger = 'AFTER_DUE'" : " AND r.trigger IN ('BEFORE_DUE', 'ON_DUE')")
                // active rules only: a switched-off rule is not "a notice of the group" to resend
                + " AND r.active";
        if (!overdue) return rules;
        EventNotice notice = EventNotice.OVERDUE_NOTICE;
        return rules + "\nUNION ALL\n"
                + "SELECT " + CHARGE_COLUMNS + ", '" + notice.name() + "', NULL::uuid, '" + notice.name()
                + "', NULL::int, 'EMAIL', '" + notice.templateId() + "', false, true,"
                + " 'OVERDUE', '{PENDING,OVERDUE}'::text[], 0, c.effective_due_date + 1, CAST(:today AS date),"
                + " NULL::date, NULL::int\n"
                + " FROM charges c\n"
                + " LEFT JOIN event_notice_settings ev ON ev.account_id = c.account_id\n"
                + " WHERE c.account_id = :account AND c.id = :charge AND 'EMAIL' = ANY(CAST(:channels AS text[]))"
                + " AND COALESCE(ev.overdue_notice, true)";
    }

    /** The bit of the preference matrix for {@code recipient}, the candidate's group and channel. */
    static String preferenceBit(String alias, Recipient recipient) {
        String cases = Arrays.stream(NotificationGroup.values())
                .flatMap(group -> Arrays.stream(Channel.values())
                        .map(channel -> " WHEN " + alias + ".grp = '" + group.name() + "' AND " + alias
                                + ".channel = '" + channel.name() + "' THEN "
                                + PreferenceBits.bit(group, recipient, channel)))
                .collect(Collectors.joining());
        return "CASE" + cases + " END";
    }

    private static String checkColumns() {
        return Arrays.stream(Check.values()).map(Check::asColumn).collect(Collectors.joining(",\n"));
    }

    private static String skipReason() {
        return "CASE"
                + Arrays.stream(Check.values())
                        .map(check -> " WHEN NOT x." + check.column() + " THEN '" + check.skipReason() + "'")
                        .collect(Collectors.joining())
                + " END";
    }
}
