package br.com.regua.senders;

import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each sender's rate limits ("Remetente > Limites de envio"). The dispatcher asks for them once
 * per message, so they are kept in memory for a few seconds: a change made on another instance
 * applies within {@link #FRESH_FOR}; on this one, at once.
 */
@Service
public class SenderRateLimits {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}");
    private static final TypeReference<Map<String, Integer>> PER_DOMAIN = new TypeReference<>() {};

    private record Cached(RateLimits limits, Instant loadedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    SenderRateLimits(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The sender's limits; 404 when the account has no such sender. */
    public RateLimits get(UUID accountId, UUID senderId) {
        requireSender(accountId, senderId);
        return load(accountId, senderId);
    }

    /** Replaces the sender's limits (a missing field: no such limit). */
    public RateLimits put(UUID accountId, UUID senderId, RateLimitsData data) {
        requireSender(accountId, senderId);
        Map<String, Integer> perDomain = new TreeMap<>();
        if (data.perDomain() != null) {
            for (var entry : data.perDomain().entrySet()) {
                String domain =
                        entry.getKey() == null ? "" : entry.getKey().strip().toLowerCase(Locale.ROOT);
                if (!domain.equals(RateLimits.ANY_DOMAIN)
                        && !DOMAIN.matcher(domain).matches()) {
                    throw new InvalidFieldException(
                            "perDomain." + entry.getKey(), "domínio inválido; use, por exemplo, gmail.com ou *");
                }
                if (entry.getValue() == null) {
                    throw new InvalidFieldException("perDomain." + entry.getKey(), "informe mensagens por minuto");
                }
                perDomain.put(domain, entry.getValue());
            }
        }
        jdbc.sql("""
                INSERT INTO sender_rate_limits (account_id, sender_id, per_second, per_minute, per_hour, per_day,
                                                per_domain)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (account_id, sender_id) DO UPDATE
                SET per_second = EXCLUDED.per_second, per_minute = EXCLUDED.per_minute,
                    per_hour = EXCLUDED.per_hour, per_day = EXCLUDED.per_day, per_domain = EXCLUDED.per_domain,
                    version = sender_rate_limits.version + 1, updated_at = now()""")
                .params(
                        accountId,
                        senderId,
                        data.perSecond(),
                        data.perMinute(),
                        data.perHour(),
                        data.perDay(),
                        json.writeValueAsString(perDomain))
                .update();
        cache.remove(senderId);
        return load(accountId, senderId);
    }

    /** The limits the dispatcher applies to a sender's next message (cached briefly). */
    public RateLimits forSending(UUID accountId, UUID senderId) {
        Instant now = clock.instant();
        Cached cached = cache.get(senderId);
        if (cached != null && cached.loadedAt().plus(FRESH_FOR).isAfter(now)) return cached.limits();
        RateLimits limits = load(accountId, senderId);
        cache.put(senderId, new Cached(limits, now));
        return limits;
    }

    private RateLimits load(UUID accountId, UUID senderId) {
        return jdbc.sql("""
                SELECT per_second, per_minute, per_hour, per_day, per_domain::text, version
                FROM sender_rate_limits WHERE account_id = ? AND sender_id = ?""")
                .params(accountId, senderId)
                .query((rs, n) -> new RateLimits(
                        (Integer) rs.getObject(1),
                        (Integer) rs.getObject(2),
                        (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4),
                        Map.copyOf(json.readValue(rs.getString(5), PER_DOMAIN)),
                        rs.getLong(6)))
                .optional()
                .orElse(RateLimits.NONE);
    }

    private void requireSender(UUID accountId, UUID senderId) {
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM senders WHERE account_id = ? AND id = ?)")
                .params(accountId, senderId)
                .query(Boolean.class)
                .single();
        if (!exists) throw new NotFoundException("Remetente");
    }
}
