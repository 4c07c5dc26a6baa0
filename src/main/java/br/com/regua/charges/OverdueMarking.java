package br.com.regua.charges;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily "mark overdue" step, run hourly so that every account's midnight is caught soon after
 * it passes in its own time zone. db-scheduler makes each run happen on one instance only.
 */
@Configuration(proxyBeanMethods = false)
class OverdueMarking {

    private static final Logger log = LoggerFactory.getLogger(OverdueMarking.class);

    @Bean
    RecurringTask<Void> markOverdueTask(Charges charges) {
        return Tasks.recurring("mark-overdue", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int marked = charges.markOverdue();
                    if (marked > 0) log.info("Marked {} charges overdue", marked);
                });
    }
}
