package br.com.regua.notifications;

import br.com.regua.customers.PreferenceBits;
import br.com.regua.customers.Recipient;
import br.com.regua.shared.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every candidate notice of one charge, on every date, with the outcome of each check: the
 * planner's own query, for one charge, so the diagnosis explains exactly what the planner does.
 */
@Service
public class Eligibility {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    Eligibility(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    public List<CandidateEvaluation> of(UUID accountId, UUID chargeId, LocalDate dueDate) {
        SendCalendar cal = outbox.sendCalendar(accountId, dueDate, dueDate);
        return jdbc.sql(Candidates.sql(new Candidates.OneCharge()) + " ORDER BY send_date, source, address")
                .param("account", accountId)
                .param("charge", chargeId)
                .param("cal_days", cal.days())
                .param("cal_before", cal.onOrBefore())
                .param("cal_after", cal.onOrAfter())
                .param("cal_rank", cal.ranks())
                .param("default_preferences", PreferenceBits.DEFAULTS)
                .query(Eligibility::map)
                .list();
    }

    private static CandidateEvaluation map(ResultSet rs, int n) throws SQLException {
        Map<Check, Boolean> checks = new EnumMap<>(Check.class);
        for (Check check : Check.values()) checks.put(check, rs.getBoolean(check.column()));
        return new CandidateEvaluation(
                rs.getString("source"),
                rs.getObject("rule_id", UUID.class),
                rs.getString("trigger"),
                (Integer) rs.getObject("days"),
                Channel.valueOf(rs.getString("channel")),
                Recipient.valueOf(rs.getString("recipient")),
                rs.getObject("contact_id", UUID.class),
                rs.getString("address"),
                rs.getObject("occurrence_date", LocalDate.class),
                rs.getObject("send_date", LocalDate.class),
                rs.getObject("held_from", LocalDate.class),
                (Integer) rs.getObject("grace_days"),
                checks,
                rs.getString("skip_reason"));
    }
}
