package br.com.regua.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endpoints' rows; every query is within one account. */
@Repository
class WebhookEndpoints {

    private static final String SELECT = """
            SELECT e.*, (SELECT count(*) FROM webhook_events w
                         WHERE w.account_id = e.account_id AND w.endpoint_id = e.id AND w.delivered_at IS NULL) AS pending
            FROM webhook_endpoints e""";

    private final JdbcClient jdbc;

    WebhookEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID accountId, UUID id, String url, List<String> events, boolean active, String sealedSecret) {
        jdbc.sql("""
                INSERT INTO webhook_endpoints (account_id, id, url, events, active, secret)
                VALUES (?, ?, ?, CAST(? AS text[]), ?, ?)""")
                .params(accountId, id, url, array(events), active, sealedSecret)
                .update();
    }

    Optional<WebhookEndpoint> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE e.account_id = ? AND e.id = ?")
                .params(accountId, id)
                .query(WebhookEndpoints::map)
                .optional();
    }

    int count(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM webhook_endpoints WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    List<WebhookEndpoint> list(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE e.account_id = ? ORDER BY e.id")
                .params(accountId)
                .query(WebhookEndpoints::map)
                .list();
    }

    /** A change by the merchant; turning an endpoint on clears Régua's reason and the failure count. */
    boolean update(UUID accountId, UUID id, String url, List<String> events, boolean active) {
        return jdbc.sql("""
                UPDATE webhook_endpoints
                SET url = ?, events = CAST(? AS text[]), active = ?, updated_at = now(),
                    disabled_reason = CASE WHEN ? THEN NULL ELSE disabled_reason END,
                    consecutive_failures = CASE WHEN ? AND NOT active THEN 0 ELSE consecutive_failures END
                WHERE account_id = ? AND id = ?""")
                        .params(url, array(events), active, active, active, accountId, id)
                        .update()
                == 1;
    }

    /** The stored events of an endpoint turned on again are due now, so the backlog goes out in order at once. */
    void makeDueNow(UUID accountId, UUID id) {
        jdbc.sql("""
                UPDATE webhook_events SET next_attempt_at = NULL
                WHERE account_id = ? AND endpoint_id = ? AND delivered_at IS NULL""").params(accountId, id).update();
    }

    boolean delete(UUID accountId, UUID id) {
        return jdbc.sql("DELETE FROM webhook_endpoints WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    boolean replaceSecret(UUID accountId, UUID id, String sealedSecret) {
        return jdbc.sql("UPDATE webhook_endpoints SET secret = ?, updated_at = now() WHERE account_id = ? AND id = ?")
                        .params(sealedSecret, accountId, id)
                        .update()
                == 1;
    }

    Optional<String> sealedSecret(UUID accountId, UUID id) {
        return jdbc.sql("SELECT secret FROM webhook_endpoints WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(String.class)
                .optional();
    }

    static String array(List<String> values) {
        return values.stream()
                .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static WebhookEndpoint map(ResultSet rs, int n) throws SQLException {
        return new WebhookEndpoint(
                rs.getObject("id", UUID.class),
                rs.getString("url"),
                Arrays.asList((String[]) rs.getArray("events").getArray()),
                rs.getBoolean("active"),
                rs.getString("disabled_reason"),
                rs.getInt("consecutive_failures"),
                rs.getLong("pending"),
                rs.getTimestamp("created_at").toInstant(),
                null);
    }
}
