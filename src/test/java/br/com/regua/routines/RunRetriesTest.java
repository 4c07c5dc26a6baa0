package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunRetriesTest {

    static final Instant FAILED_AT = Instant.parse("2021-04-20T12:00:00Z");

    @Test
    void a_failed_scheduled_run_waits_1_5_15_and_then_60_minutes_between_attempts() {
        assertThat(wait(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(wait(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(wait(3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(wait(4)).isEqualTo(Duration.ofMinutes(60));
        assertThat(wait(9)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void a_failed_run_by_hand_is_not_retried_by_the_schedule() {
        assertThat(RunRetries.retryAt(RunTrigger.MANUAL, 1, FAILED_AT)).isNull();
    }

    private static Duration wait(int attempt) {
        return Duration.between(FAILED_AT, RunRetries.retryAt(RunTrigger.SCHEDULE, attempt, FAILED_AT));
    }
}
