package br.com.regua.delivery;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryMaintenance {

    /** Longer than any send may take (connect 10 s + write 30 s + a margin). */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Bean
    RecurringTask<Void> requeueStaleSends(Outbound outbound, Clock clock) {
        return Tasks.recurring("requeue-stale-sends", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) ->
                        outbound.requeueStale(clock.instant().minus(STALE_AFTER)));
    }

    /** Rate budgets nobody drew on for a while are full again: their rows can go. */
    @Bean
    RecurringTask<Void> removeIdleRateBuckets(SendRates rates) {
        return Tasks.recurring("remove-idle-rate-buckets", FixedDelay.of(Duration.ofMinutes(30)))
                .execute((instance, context) -> rates.removeExpired());
    }
}
