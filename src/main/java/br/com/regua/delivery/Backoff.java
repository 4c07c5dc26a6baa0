package br.com.regua.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a transient failure again: 1, 5, 15, 60 minutes, then give up. A server down for
 * an hour loses nothing; one down for a day leaves FAILED notifications with its last answer.
 */
final class Backoff {

    static final List<Duration> DELAYS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));

    private Backoff() {}

    /** The wait after the given (1-based) attempt failed, or empty when it was the last one. */
    static Optional<Duration> after(int attempt) {
        return attempt >= 1 && attempt <= DELAYS.size() ? Optional.of(DELAYS.get(attempt - 1)) : Optional.empty();
    }

    static int maxAttempts() {
        return DELAYS.size() + 1;
    }
}
