package br.com.regua.pix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The account's webhook secret: 32 random bytes in the URL, of which only the SHA-256 digest is
 * kept. A fast digest is enough for 256 random bits (nobody brute-forces the preimage), and it keeps
 * the lookup one index probe per call.
 */
@Repository
class PixWebhooks {

    record Stored(String secretPrefix, Instant createdAt, Instant lastReceivedAt, long deliveries, long replays) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final int PREFIX = 6;

    private final JdbcClient jdbc;

    PixWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for the account; the previous one stops working now. Answers the secret, this once. */
    String rotate(UUID accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO pix_webhooks (account_id, secret_prefix, secret_hash) VALUES (?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET secret_prefix = EXCLUDED.secret_prefix, secret_hash = EXCLUDED.secret_hash, created_at = now()""")
                .params(accountId, secret.substring(0, PREFIX), sha256(secret))
                .update();
        return secret;
    }

    /**
     * The account whose secret this is. The index finds the row by digest; the digests are then
     * compared in constant time, so not even the digest leaks through timing.
     */
    Optional<UUID> authenticate(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) return Optional.empty();
        String digest = sha256(secret);
        return jdbc
                .sql("SELECT account_id, secret_hash FROM pix_webhooks WHERE secret_hash = ?")
                .params(digest)
                .query((rs, n) -> MessageDigest.isEqual(
                                rs.getString("secret_hash").getBytes(StandardCharsets.US_ASCII),
                                digest.getBytes(StandardCharsets.US_ASCII))
                        ? rs.getObject("account_id", UUID.class)
                        : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    void received(UUID accountId, int replays) {
        jdbc.sql("""
                UPDATE pix_webhooks SET last_received_at = now(), deliveries = deliveries + 1, replays = replays + ?
                WHERE account_id = ?""").params(replays, accountId).update();
    }

    Optional<Stored> find(UUID accountId) {
        return jdbc.sql("SELECT secret_prefix, created_at, last_received_at, deliveries, replays FROM pix_webhooks"
                        + " WHERE account_id = ?")
                .params(accountId)
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("last_received_at");
                    return new Stored(
                            rs.getString("secret_prefix"),
                            rs.getTimestamp("created_at").toInstant(),
                            last == null ? null : last.toInstant(),
                            rs.getLong("deliveries"),
                            rs.getLong("replays"));
                })
                .optional();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
