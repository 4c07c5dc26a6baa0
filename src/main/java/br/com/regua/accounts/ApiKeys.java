package br.com.regua.accounts;

import br.com.regua.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys per account, stored as SHA-256 digests; the key itself is shown once at creation. */
@Repository
class ApiKeys {

    static final String PREFIX = "regua_";

    record ApiKeyView(UUID id, String name, String keyPrefix, Instant createdAt) {}

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a random key and returns it in clear text, the only time it is ever seen. */
    String create(UUID accountId, String name) {
        String key = PREFIX + Secrets.random(32);
        register(accountId, name, key);
        return key;
    }

    /** Registers a key chosen by the operator ({@code REGUA_BOOTSTRAP_API_KEY}) unless it exists. */
    void register(UUID accountId, String name, String key) {
        jdbc.sql("""
                INSERT INTO api_keys (account_id, id, name, key_prefix, key_hash) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key_hash) DO NOTHING""")
                .params(accountId, Ids.next(), name, key.substring(0, Math.min(10, key.length())), Secrets.sha256(key))
                .update();
    }

    Optional<ApiCaller> authenticate(String key) {
        return jdbc.sql("SELECT account_id, id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
                .param(Secrets.sha256(key))
                .query((rs, n) -> new ApiCaller(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    List<ApiKeyView> list(UUID accountId) {
        return jdbc.sql("""
                SELECT id, name, key_prefix, created_at FROM api_keys
                WHERE account_id = ? AND revoked_at IS NULL ORDER BY id""")
                .param(accountId)
                .query((rs, n) -> new ApiKeyView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    void revoke(UUID accountId, UUID id) {
        jdbc.sql("UPDATE api_keys SET revoked_at = now() WHERE account_id = ? AND id = ? AND revoked_at IS NULL")
                .params(accountId, id)
                .update();
    }
}
