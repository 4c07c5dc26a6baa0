package br.com.regua.senders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How fast a sender may send: at most {@code perSecond}/{@code perMinute}/{@code perHour}/
 * {@code perDay} messages over all its recipients (null: no such limit), and at most
 * {@code perDomain.get(domain)} messages a minute to each recipient domain, {@code "*"} standing
 * for any domain not named. {@code version} changes whenever the limits do.
 */
public record RateLimits(
        Integer perSecond,
        Integer perMinute,
        Integer perHour,
        Integer perDay,
        Map<String, Integer> perDomain,
        long version) {

    /** Any other recipient domain. */
    public static final String ANY_DOMAIN = "*";

    public static final RateLimits NONE = new RateLimits(null, null, null, null, Map.of(), 0);

    /** One limit: {@code messages} per {@code period}. */
    public record Limit(long messages, Duration period) {

        /** The steady pace this limit allows: one message every … */
        public Duration interval() {
            return period.dividedBy(messages);
        }
    }

    /** The limits over all the sender's messages; empty: unlimited. */
    public List<Limit> senderLimits() {
        List<Limit> limits = new ArrayList<>();
        if (perSecond != null) limits.add(new Limit(perSecond, Duration.ofSeconds(1)));
        if (perMinute != null) limits.add(new Limit(perMinute, Duration.ofMinutes(1)));
        if (perHour != null) limits.add(new Limit(perHour, Duration.ofHours(1)));
        if (perDay != null) limits.add(new Limit(perDay, Duration.ofDays(1)));
        return limits;
    }

    /** The limit for one recipient domain, if any: its own, else the {@code "*"} one. */
    public Optional<Limit> domainLimit(String domain) {
        Integer perMinute = perDomain.getOrDefault(domain, perDomain.get(ANY_DOMAIN));
        return perMinute == null ? Optional.empty() : Optional.of(new Limit(perMinute, Duration.ofMinutes(1)));
    }

    public boolean unlimited() {
        return senderLimits().isEmpty() && perDomain.isEmpty();
    }
}
