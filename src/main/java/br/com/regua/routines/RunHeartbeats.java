package br.com.regua.routines;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance's sign of life for the runs it performs: every {@link #EVERY} it refreshes their
 * {@code heartbeat_at}. A RUNNING run whose heartbeat is older than {@link #STALE_AFTER} belongs
 * to an instance that is gone (a crash, a redeploy) and is failed by the next tick, which retries
 * it. The runs this instance performs are tracked here before their row is written, so the sweep
 * never takes a run from a live instance, even if the clock jumps ahead of its heartbeat.
 */
@Component
class RunHeartbeats implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeats.class);

    static final Duration EVERY = Duration.ofSeconds(10);
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private final RunRows runs;
    private final Clock clock;
    /** Host, process and a random part: a restarted container may reuse its host name and pid. */
    private final String instanceId =
            RoutineScheduling.hostname() + "-" + ProcessHandle.current().pid() + "-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));

    private final Set<UUID> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "routine-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    RunHeartbeats(RunRows runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
        beats.scheduleWithFixedDelay(this::beat, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    String instanceId() {
        return instanceId;
    }

    void track(UUID runId) {
        live.add(runId);
    }

    void untrack(UUID runId) {
        live.remove(runId);
    }

    /** The runs this instance is performing now. */
    List<UUID> live() {
        return List.copyOf(live);
    }

    /** Refreshes the heartbeat of this instance's runs; a failed beat is logged, the next one tries again. */
    void beat() {
        List<UUID> running = live();
        if (running.isEmpty()) return;
        try {
            runs.heartbeat(instanceId, running, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Heartbeat of {} routine run(s) failed", running.size(), e);
        }
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
    }
}
