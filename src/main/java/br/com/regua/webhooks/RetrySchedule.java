package br.com.regua.webhooks;

import java.time.Duration;
import java.util.List;

/**
 * When an endpoint's event is tried again after its n-th failure in a row: the first attempt is
 * immediate, then 30 s, 1 min, 5 min, 15 min, 30 min, 1 h, 3 h, 3 h, 6 h, 6 h and 12 h four times,
 * so that the 15th attempt comes about 2.8 days after the first. It failing too pauses the
 * endpoint ({@link #PAUSE_AFTER}): retrying over about three days, as the issue asks, and pausing
 * after 15 failures in a row are one and the same moment.
 */
final class RetrySchedule {

    static final int PAUSE_AFTER = 15;

    static final List<Duration> DELAYS = List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofHours(12),
            Duration.ofHours(12),
            Duration.ofHours(12));

    private RetrySchedule() {}

    /** The wait after the {@code failures}-th failure in a row (1-based). */
    static Duration after(int failures) {
        return DELAYS.get(Math.max(0, Math.min(failures, DELAYS.size()) - 1));
    }

    static boolean pauses(int failures) {
        return failures >= PAUSE_AFTER;
    }
}
