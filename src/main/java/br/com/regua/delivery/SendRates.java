package br.com.regua.delivery;

import br.com.regua.senders.RateLimits;
import br.com.regua.senders.SenderRateLimits;
import br.com.regua.shared.Channel;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Per-sender and per-recipient-domain rates (§4), as token buckets kept in PostgreSQL (Bucket4j),
 * so every instance draws on the same budget. A message over the limit is not sent now: it gets a
 * slot in the future, one pacing interval after the last slot handed out for the same budget, so
 * a backlog drains at the allowed pace instead of being claimed and put back again and again.
 */
@Component
class SendRates {

    /** Not now: try again at {@code until}; {@code reason} says which limit, in the merchant's words. */
    record Deferral(Instant until, String reason) {}

    private final SenderRateLimits limits;
    private final ProxyManager<String> buckets;
    private final Clock clock;
    /** The last slot handed out per budget (this instance's view). */
    private final Map<String, Instant> lastSlot = new ConcurrentHashMap<>();

    SendRates(SenderRateLimits limits, DataSource dataSource, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_buckets")
                .clientClock(timeMeter(clock))
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(10)))
                .build();
    }

    /**
     * Takes one message's share of its sender's budgets: empty when it may go now, else when to
     * try again. {@code urgent} messages (manual resends, event notices) are retried as soon as a
     * token returns instead of joining the end of a routine backlog.
     */
    Optional<Deferral> take(Claimed claimed, OutgoingMessage message, boolean urgent) {
        RateLimits rate = limits.forSending(message.accountId(), message.senderId());
        if (rate.unlimited()) return Optional.empty();
        Instant now = clock.instant();

        String domain = claimed.channel() == Channel.EMAIL ? domainOf(message.address()) : null;
        Optional<RateLimits.Limit> domainLimit = domain == null ? Optional.empty() : rate.domainLimit(domain);
        BucketProxy domainBucket = null;
        if (domainLimit.isPresent()) {
            String key = "d:" + message.senderId() + ":" + domain;
            domainBucket = bucket(key, List.of(domainLimit.get()), rate.version());
            var probe = domainBucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                return Optional.of(defer(
                        key,
                        now,
                        Duration.ofNanos(probe.getNanosToWaitForRefill()),
                        domainLimit.get().interval(),
                        urgent,
                        "limite de envio do remetente para " + domain + ": "
                                + domainLimit.get().messages() + " por minuto"));
            }
        }
        List<RateLimits.Limit> senderLimits = rate.senderLimits();
        if (!senderLimits.isEmpty()) {
            String key = "s:" + message.senderId();
            var probe = bucket(key, senderLimits, rate.version()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                // The domain's token was not used after all.
                if (domainBucket != null) domainBucket.addTokens(1);
                Duration interval = senderLimits.stream()
                        .map(RateLimits.Limit::interval)
                        .max(Duration::compareTo)
                        .orElseThrow();
                return Optional.of(defer(
                        key,
                        now,
                        Duration.ofNanos(probe.getNanosToWaitForRefill()),
                        interval,
                        urgent,
                        "limite de envio do remetente: " + describe(senderLimits)));
            }
        }
        return Optional.empty();
    }

    private Deferral defer(String key, Instant now, Duration wait, Duration interval, boolean urgent, String reason) {
        Instant earliest = now.plus(wait);
        if (urgent) return new Deferral(earliest, reason);
        Instant slot = lastSlot.merge(
                key,
                earliest,
                (last, candidate) -> last.plus(interval).isAfter(candidate) ? last.plus(interval) : candidate);
        return new Deferral(slot, reason);
    }

    private BucketProxy bucket(String key, List<RateLimits.Limit> limits, long version) {
        ConfigurationBuilder config = BucketConfiguration.builder();
        for (RateLimits.Limit limit : limits) {
            config.addLimit(l -> l.capacity(limit.messages()).refillGreedy(limit.messages(), limit.period()));
        }
        BucketConfiguration configuration = config.build();
        return buckets.builder()
                // New limits apply to the bucket in place, keeping the share already used.
                .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.PROPORTIONALLY)
                .build(key, () -> configuration);
    }

    /** Drops the state of budgets nobody used for a while; answers how many. */
    int removeExpired() {
        return buckets instanceof io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner cleaner
                ? cleaner.removeExpired(1000)
                : 0;
    }

    private static String describe(List<RateLimits.Limit> limits) {
        return String.join(
                ", ",
                limits.stream()
                        .map(l -> l.messages() + " por " + unit(l.period()))
                        .toList());
    }

    private static String unit(Duration period) {
        if (period.equals(Duration.ofSeconds(1))) return "segundo";
        if (period.equals(Duration.ofMinutes(1))) return "minuto";
        if (period.equals(Duration.ofHours(1))) return "hora";
        return "dia";
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
