package br.com.regua.delivery;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This process as a dispatcher among others on the same database: it has an id that its claims
 * carry, keeps a heartbeat in {@code dispatch_instances} (the database's clock, so that instances'
 * clocks need not agree), and every few seconds takes back the claims of instances whose heartbeat
 * stopped — a SIGKILL, a lost machine — and its own claims that no batch of it holds any more. A
 * live instance's claims are never taken from it, however slow its server. Within a minute of a
 * crash a surviving or restarted instance sends what the dead one held.
 */
@Component
class DispatchInstance implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchInstance.class);

    static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(5);

    /** An instance silent for this long is dead: four heartbeats missed. */
    static final Duration DEAD_AFTER = Duration.ofSeconds(20);

    static final Duration RECOVER_EVERY = Duration.ofSeconds(5);

    /** An own claim no batch holds is taken back after this (a batch holds its claims from the start). */
    static final Duration ORPHAN_AFTER = Duration.ofSeconds(30);

    private final UUID id = UUID.randomUUID();
    private final String host = host();
    private final JdbcClient jdbc;
    private final Outbound outbound;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    DispatchInstance(JdbcClient jdbc, Outbound outbound) {
        this.jdbc = jdbc;
        this.outbound = outbound;
    }

    UUID id() {
        return id;
    }

    /** Notifications a batch of this instance holds right now. */
    Set<UUID> inFlight() {
        return inFlight;
    }

    @Override
    public synchronized void start() {
        heartbeat();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dispatch-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                guarded(this::heartbeat),
                HEARTBEAT_EVERY.toMillis(),
                HEARTBEAT_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded(this::recover), 0, RECOVER_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void heartbeat() {
        jdbc.sql("""
                INSERT INTO dispatch_instances (id, host) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()""").params(id, host).update();
    }

    /** Takes back what dead instances held and what this one dropped; returns how many. */
    int recover() {
        int taken = outbound.takeBackFromDead(DEAD_AFTER) + outbound.takeBackOrphans(id, inFlight, ORPHAN_AFTER);
        if (taken > 0) log.warn("Took back {} notifications whose sending had not finished", taken);
        jdbc.sql("DELETE FROM dispatch_instances WHERE heartbeat_at < now() - interval '1 day'")
                .update();
        return taken;
    }

    @Override
    public synchronized void stop() {
        if (timer == null) return;
        timer.shutdownNow();
        timer = null;
        try {
            // Gone cleanly: what it still held (nothing, after the workers stopped) is free at once.
            jdbc.sql("DELETE FROM dispatch_instances WHERE id = ?").param(id).update();
        } catch (RuntimeException e) {
            log.debug("Could not deregister dispatch instance {}: {}", id, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** Starts before the workers and stops after them (they stop at MAX_VALUE - 100). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 150;
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // the database briefly unreachable: the next round tries again
                log.warn("Dispatch instance upkeep: {}", e.getMessage());
            }
        };
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
