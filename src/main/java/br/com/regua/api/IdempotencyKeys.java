package br.com.regua.api;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored answers to POSTs that carried an {@code Idempotency-Key}, per account. */
@Repository
class IdempotencyKeys {

    record Stored(String requestHash, Integer status, String contentType, byte[] body) {
        boolean completed() {
            return status != null;
        }
    }

    static final String CLAIM_EXPIRES_AFTER = "2 minutes";

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request; false when another request already holds it. A claim left
     * without an answer for {@link #CLAIM_EXPIRES_AFTER} is taken over: its request died with its
     * instance (a crash, a kill), since a live one answers or releases the key long before.
     */
    boolean claim(UUID accountId, String key, String requestHash) {
        return jdbc.sql("""
                INSERT INTO idempotency_keys (account_id, key, request_hash) VALUES (?, ?, ?)
                ON CONFLICT (account_id, key) DO UPDATE
                    SET request_hash = EXCLUDED.request_hash, created_at = now()
                    WHERE idempotency_keys.response_status IS NULL
                      AND idempotency_keys.created_at < now() - CAST(? AS interval)""")
                        .params(accountId, key, requestHash, CLAIM_EXPIRES_AFTER)
                        .update()
                == 1;
    }

    Optional<Stored> find(UUID accountId, String key) {
        return jdbc.sql("""
                SELECT request_hash, response_status, response_content_type, response_body
                FROM idempotency_keys WHERE account_id = ? AND key = ?""")
                .params(accountId, key)
                .query((rs, n) ->
                        new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    void complete(UUID accountId, String key, int status, String contentType, byte[] body) {
        jdbc.sql("""
                UPDATE idempotency_keys SET response_status = ?, response_content_type = ?, response_body = ?
                WHERE account_id = ? AND key = ?""").params(status, contentType, body, accountId, key).update();
    }

    void release(UUID accountId, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE account_id = ? AND key = ?")
                .params(accountId, key)
                .update();
    }

    int deleteOlderThanOneDay() {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'")
                .update();
    }
}
