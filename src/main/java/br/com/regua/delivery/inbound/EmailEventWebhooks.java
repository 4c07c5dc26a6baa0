package br.com.regua.delivery.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts' webhook tokens, one per e-mail provider. The token is the inbound call's only
 * credential (providers post without an API key), so it carries 256 random bits and only its
 * SHA-256 digest is stored; it is shown once, when made.
 */
@Repository
class EmailEventWebhooks {

    static final String PREFIX = "whk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Webhook(EmailEventProvider provider, String tokenPrefix, Instant createdAt) {}

    private final JdbcClient jdbc;

    EmailEventWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a new token for the provider, replacing the previous one, and returns it in clear text. */
    String rotate(UUID accountId, EmailEventProvider provider) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("""
                INSERT INTO email_event_webhooks (account_id, provider, token_prefix, token_hash) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id, provider) DO UPDATE
                SET token_prefix = EXCLUDED.token_prefix, token_hash = EXCLUDED.token_hash, created_at = now()""")
                .params(accountId, provider.name(), token.substring(0, 10), sha256(token))
                .update();
        return token;
    }

    /** The account whose token this is, for this provider. */
    Optional<UUID> authenticate(EmailEventProvider provider, String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
        return jdbc.sql("SELECT account_id FROM email_event_webhooks WHERE token_hash = ? AND provider = ?")
                .params(sha256(token), provider.name())
                .query(UUID.class)
                .optional();
    }

    List<Webhook> list(UUID accountId) {
        return jdbc.sql("""
                SELECT provider, token_prefix, created_at FROM email_event_webhooks
                WHERE account_id = ? ORDER BY provider""")
                .param(accountId)
                .query((rs, n) -> new Webhook(
                        EmailEventProvider.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
