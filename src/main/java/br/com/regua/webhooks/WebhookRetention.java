package br.com.regua.webhooks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Delivered events, and their delivery log with them, are kept 30 days (long enough to send one
 * again by hand), then removed hourly. Undelivered events are never removed: they wait for their
 * endpoint to be turned on again, or deleted.
 */
@Configuration(proxyBeanMethods = false)
class WebhookRetention {

    static final Duration KEPT = Duration.ofDays(30);

    @Bean
    RecurringTask<Void> webhookRetentionTask(JdbcClient jdbc, Clock clock) {
        return Tasks.recurring("remove-old-webhook-events", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> jdbc.sql(
                                "DELETE FROM webhook_events WHERE delivered_at IS NOT NULL AND delivered_at < ?")
                        .param(Timestamp.from(clock.instant().minus(KEPT)))
                        .update());
    }
}
