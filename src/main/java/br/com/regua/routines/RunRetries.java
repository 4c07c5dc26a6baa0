package br.com.regua.routines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a failed run is tried again. A scheduled run is retried within its day after 1, 5, 15 and
 * then every 60 minutes, each retry a new attempt; once the account's day is over, the next day's
 * run catches up instead. A run by hand is retried by whoever started it.
 */
final class RunRetries {

    /** The wait after attempt 1, 2, 3, and 4 or later. */
    static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));

    /** Why a run whose instance stopped heartbeating was failed. */
    static final String INSTANCE_STOPPED = "instância parou durante a execução";

    private RunRetries() {}

    /** When attempt {@code attempt} of a run that failed at {@code failedAt} may be retried; null: never. */
    static Instant retryAt(RunTrigger trigger, int attempt, Instant failedAt) {
        if (trigger != RunTrigger.SCHEDULE) return null;
        return failedAt.plus(BACKOFF.get(Math.min(Math.max(attempt, 1), BACKOFF.size()) - 1));
    }
}
