package br.com.regua.notifications;

import br.com.regua.customers.PreferenceBits;
import br.com.regua.customers.Recipient;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The eligibility chain again, right before a queued notice is sent: the planner's own {@link
 * Check} predicates over the notice as it stands now (its rule or event switch, the customer's
 * preferences, the service, the pauses, the contact), for a whole batch in one query. A notice
 * may wait hours in the outbox (a rate limit, a retry); what changed meanwhile must stop it with
 * the reason the planner would have given.
 *
 * <p>Two checks are not this query's business: a closed charge cancels the notice rather than
 * skipping it (and notices about the closing itself go to a closed charge), and a missing sender
 * is a transient condition the dispatcher waits out. One check is only this query's: the
 * contact's address changed since the notice was queued ({@link #CONTACT_ADDRESS_CHANGED}); the
 * planner queues the new address on its next pass.
 */
@Component
public class SendTimeChecks {

    /** The contact was removed, or its address for the channel is no longer the notice's. */
    public static final String CONTACT_ADDRESS_CHANGED = "CONTACT_ADDRESS_CHANGED";

    private static final Set<Check> AT_SEND_TIME =
            EnumSet.complementOf(EnumSet.of(Check.CHARGE_OPEN, Check.SENDER_ACTIVE));

    private final Clock clock;

    SendTimeChecks(Clock clock) {
        this.clock = clock;
    }

    /**
     * A query of {@code (account_id, notification_id, skip_reason)}, the reason null when every
     * check passes, for the notifications of {@code batch}: a relation (a CTE of the caller's
     * query) with columns {@code account_id} and {@code id}. Bind its parameters with {@link
     * #bind}.
     */
    public String sql(String batch) {
        return "SELECT x.account_id, x.notification_id, " + skipReason() + " AS skip_reason FROM (\n"
                + "SELECT k.account_id, k.notification_id, k.contact_found, k.address_unchanged,\n"
                + checkColumns() + "\n"
                + "FROM (SELECT k1.*, COALESCE(lower(k1.address) = lower(k1.recorded_address), false) AS address_unchanged"
                + " FROM (SELECT k0.*, k0.recipient = 'MERCHANT' OR ct.id IS NOT NULL AS contact_found,"
                // A merchant's copy has no contact: it goes to the account's address, whatever a contact allows.
                + " k0.recipient = 'MERCHANT' OR ct.allow_email AS allow_email,"
                + " k0.recipient = 'MERCHANT' OR ct.allow_sms AS allow_sms,"
                + " k0.recipient = 'MERCHANT' OR ct.allow_whatsapp AS allow_whatsapp,"
                + " CASE WHEN k0.recipient = 'MERCHANT' THEN k0.merchant_address"
                + " WHEN k0.channel = 'EMAIL' THEN ct.email ELSE ct.mobile_phone END AS address,"
                + " CASE WHEN k0.recipient = 'MERCHANT' THEN " + Candidates.preferenceBit("k0", Recipient.MERCHANT)
                + " ELSE " + Candidates.preferenceBit("k0", Recipient.CUSTOMER) + " END AS pref_bit\n"
                + "      FROM (" + notices(batch) + ") k0\n"
                + "      LEFT JOIN contacts ct ON ct.account_id = k0.account_id AND ct.id = k0.contact_id) k1) k\n"
                + "JOIN customers cu ON cu.account_id = k.account_id AND cu.id = k.customer_id\n"
                + "LEFT JOIN payment_methods pm ON pm.account_id = k.account_id AND pm.id = k.payment_method_id\n"
                + "LEFT JOIN services s ON s.account_id = k.account_id AND s.id = k.service_id\n"
                + "LEFT JOIN notification_defaults d ON d.account_id = k.account_id\n"
                + "LEFT JOIN suppressions sup ON sup.account_id = k.account_id AND sup.channel = k.channel"
                + " AND sup.address = lower(k.address)\n"
                + ") x";
    }

    /** Binds what {@link #sql} needs: the default preferences and "now" (from the injected clock). */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement
                .param("default_preferences", PreferenceBits.DEFAULTS)
                .param("checked_at", java.sql.Timestamp.from(clock.instant()));
    }

    /**
     * Each notice as the planner's candidate {@code k}: its rule's or event's switch now, its
     * preference group, and as send date today in the account's zone (or its own date, if later).
     */
    private static String notices(String batch) {
        return "SELECT n.account_id, n.id AS notification_id, n.customer_id, n.contact_id, n.channel, n.recipient,"
                + " " + Candidates.MERCHANT_ADDRESS.formatted("n.channel", "a") + " AS merchant_address,"
                + " n.address AS recorded_address, c.service_id, c.payment_method_id,"
                + " c.pause_notices_until AS charge_paused_until,"
                + " CASE WHEN n.rule_id IS NOT NULL THEN r.active AND r.payment_method_id = c.payment_method_id"
                + " WHEN n.source = '" + EventNotice.OVERDUE_NOTICE.name() + "' THEN COALESCE(ev.overdue_notice, true)"
                // The operation that queued a confirmation or a cancellation chose to notify (its
                // own choice overrides the switch, and it is not kept), and it goes out at once.
                + " ELSE true END AS source_active,"
                + " " + group() + " AS grp,"
                + " greatest(n.scheduled_for, (CAST(:checked_at AS timestamptz) AT TIME ZONE a.time_zone)::date)"
                + " AS send_date\n"
                + " FROM " + batch + " b\n"
                + " JOIN notifications n ON n.account_id = b.account_id AND n.id = b.id\n"
                + " JOIN charges c ON c.account_id = n.account_id AND c.id = n.charge_id\n"
                + " JOIN accounts a ON a.id = n.account_id\n"
                + " LEFT JOIN sending_rules r ON r.account_id = n.account_id AND r.id = n.rule_id\n"
                + " LEFT JOIN event_notice_settings ev ON ev.account_id = n.account_id";
    }

    /** The preference-matrix group of a notice, as {@link Candidates} gives it to each source. */
    private static String group() {
        String events = Arrays.stream(EventNotice.values())
                .map(e -> " WHEN n.source = '" + e.name() + "' THEN "
                        + (e.group() == null ? "NULL" : "'" + e.group().name() + "'"))
                .collect(Collectors.joining());
        return "CASE" + events + " WHEN n.trigger = 'AFTER_DUE' THEN 'OVERDUE' ELSE 'BEFORE_DUE' END";
    }

    private static String checkColumns() {
        return AT_SEND_TIME.stream().map(Check::asColumn).collect(Collectors.joining(",\n"));
    }

    private static String skipReason() {
        return "CASE WHEN NOT x.contact_found THEN '" + CONTACT_ADDRESS_CHANGED + "'"
                + AT_SEND_TIME.stream()
                        .map(check -> " WHEN NOT x." + check.column() + " THEN '" + check.skipReason() + "'")
                        .collect(Collectors.joining())
                + " WHEN NOT x.address_unchanged THEN '" + CONTACT_ADDRESS_CHANGED + "' END";
    }
}
