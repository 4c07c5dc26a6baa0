package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The suppression list: addresses that receive nothing more (hard bounce, complaint,
 * unsubscribe). Addresses are kept normalised (e-mail in lower case), as the planner compares.
 */
@Service
public class Suppressions {

    public enum Reason {
        HARD_BOUNCE,
        COMPLAINT,
        UNSUBSCRIBE,
        MANUAL
    }

    public record Suppression(Channel channel, String address, String reason, String detail, Instant createdAt) {}

    private final JdbcClient jdbc;

    Suppressions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Suppresses the address; true when it was not suppressed before. */
    public boolean suppress(UUID accountId, Channel channel, String address, Reason reason, String detail) {
        return jdbc.sql("""
                INSERT INTO suppressions (account_id, channel, address, reason, detail) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account_id, channel, address) DO NOTHING""")
                        .params(accountId, channel.name(), normalise(address), reason.name(), detail)
                        .update()
                == 1;
    }

    public boolean isSuppressed(UUID accountId, Channel channel, String address) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM suppressions WHERE account_id = ? AND channel = ? AND address = ?)")
                .params(accountId, channel.name(), normalise(address))
                .query(Boolean.class)
                .single();
    }

    /** The suppression of an address, if it is suppressed: why and since when. */
    public java.util.Optional<Suppression> find(UUID accountId, Channel channel, String address) {
        return jdbc.sql("""
                SELECT channel, address, reason, detail, created_at FROM suppressions
                WHERE account_id = ? AND channel = ? AND address = ?""")
                .params(accountId, channel.name(), normalise(address))
                .query((rs, n) -> new Suppression(
                        Channel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Lifts a suppression (the merchant corrected a bounced address; never for an unsubscribe by API). */
    public boolean lift(UUID accountId, Channel channel, String address) {
        return jdbc.sql("DELETE FROM suppressions WHERE account_id = ? AND channel = ? AND address = ?")
                        .params(accountId, channel.name(), normalise(address))
                        .update()
                == 1;
    }

    public List<Suppression> list(UUID accountId) {
        return jdbc.sql("""
                SELECT channel, address, reason, detail, created_at FROM suppressions
                WHERE account_id = ? ORDER BY created_at DESC LIMIT 1000""")
                .param(accountId)
                .query((rs, n) -> new Suppression(
                        Channel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public static String normalise(String address) {
        return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
    }
}
