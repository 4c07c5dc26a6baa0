package br.com.regua.routines;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routines' clock: a db-scheduler task ticking every minute. db-scheduler runs each tick on
 * one instance; the runs it starts go to that instance's background threads.
 */
@Configuration(proxyBeanMethods = false)
class RoutineScheduling {

    @Bean
    RecurringTask<Void> runDueRoutinesTask(ScheduledRuns scheduledRuns) {
        return Tasks.recurring("run-due-routines", FixedDelay.ofMinutes(1))
                .execute((instance, context) -> scheduledRuns.runDue());
    }

    /**
     * db-scheduler records which instance picked an execution by this name; instances sharing one
     * database, even on one host, must not share it.
     */
    @Bean
    DbSchedulerCustomizer schedulerInstanceName() {
        SchedulerName name = new SchedulerName.Fixed(
                hostname() + "-" + ProcessHandle.current().pid());
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(name);
            }
        };
    }

    static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
