package br.com.regua.delivery;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryMaintenance {

    // Claims of a dead instance are taken back by the live ones (DispatchInstance), within seconds.

    /** The merchants' daily digests: each day that is over is told the morning after, within minutes. */
    @Bean
    RecurringTask<Void> sendMerchantDigests(MerchantDigests digests) {
        return Tasks.recurring("send-merchant-digests", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) -> digests.sendDue());
    }

    /** Rate budgets nobody drew on for a while are full again: their rows can go. */
    @Bean
    RecurringTask<Void> removeIdleRateBuckets(SendRates rates) {
        return Tasks.recurring("remove-idle-rate-buckets", FixedDelay.of(Duration.ofMinutes(30)))
                .execute((instance, context) -> rates.removeExpired());
    }
}
