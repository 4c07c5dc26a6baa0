package br.com.regua.resends;

import br.com.regua.customers.NotificationGroup;
import br.com.regua.shared.Channel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The charge_resends table, and what the rules of §4.1 need to know about a charge's resends. */
@Repository
class ResendRows {

    record Stored(UUID id, UUID chargeId, NotificationGroup group, List<Channel> channels, Instant createdAt) {}

    private final JdbcClient jdbc;

    ResendRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the resends of one charge until the transaction ends: two clicks at once are one, then a refusal. */
    void lockCharge(UUID accountId, UUID chargeId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("resend:" + accountId + ":" + chargeId)
                .query()
                .listOfRows();
    }

    /** Whether a resend of the charge still has a notification waiting or being sent. */
    boolean inFlight(UUID accountId, UUID chargeId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM charge_resends r
                               JOIN notifications n ON n.account_id = r.account_id AND n.resend_id = r.id
                               WHERE r.account_id = ? AND r.charge_id = ? AND n.status IN ('QUEUED', 'SENDING'))""").params(accountId, chargeId).query(Boolean.class).single();
    }

    /** How many of the charge's resends went out on each channel. */
    Map<Channel, Integer> usedPerChannel(UUID accountId, UUID chargeId) {
        Map<Channel, Integer> used = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) used.put(c, 0);
        jdbc.sql("""
                SELECT ch, count(*) FROM charge_resends r CROSS JOIN unnest(r.channels) AS ch
                WHERE r.account_id = ? AND r.charge_id = ? GROUP BY ch""")
                .params(accountId, chargeId)
                .query((rs, n) -> used.put(Channel.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return used;
    }

    void insert(UUID accountId, UUID id, UUID chargeId, NotificationGroup group) {
        jdbc.sql("INSERT INTO charge_resends (account_id, id, charge_id, channels, grp) VALUES (?, ?, ?, '{}', ?)")
                .params(accountId, id, chargeId, group.name())
                .update();
    }

    /** The channels the resend really queued something on: those are the ones it spends. */
    void spend(UUID accountId, UUID id, Set<Channel> channels) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        channels.forEach(c -> array.add(c.name()));
        jdbc.sql("UPDATE charge_resends SET channels = CAST(? AS text[]) WHERE account_id = ? AND id = ?")
                .params(array.toString(), accountId, id)
                .update();
    }

    List<Stored> ofCharge(UUID accountId, UUID chargeId) {
        return jdbc.sql("SELECT id, charge_id, grp, channels, created_at FROM charge_resends"
                        + " WHERE account_id = ? AND charge_id = ? ORDER BY id")
                .params(accountId, chargeId)
                .query(ResendRows::map)
                .list();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Array channels = rs.getArray("channels");
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("charge_id", UUID.class),
                NotificationGroup.valueOf(rs.getString("grp")),
                Arrays.stream((String[]) channels.getArray())
                        .map(Channel::valueOf)
                        .sorted()
                        .toList(),
                rs.getTimestamp("created_at").toInstant());
    }
}
