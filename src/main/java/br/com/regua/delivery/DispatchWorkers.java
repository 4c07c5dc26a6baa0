package br.com.regua.delivery;

import br.com.regua.notifications.UrgentNoticesQueued;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Worker threads that keep the outbox moving: each claims a batch, sends it, and naps briefly
 * when nothing is due. Several instances can run them against one database; SKIP LOCKED keeps
 * them off each other's notifications. Nothing stops a worker but the instance stopping — not a
 * database outage, not an {@code Error} such as running out of memory on one PDF. On stop, each
 * worker finishes the message it is sending (never interrupted mid-conversation, which could leave
 * a message sent and unrecorded) and gives the rest of its batch back to the queue.
 */
@Component
@ConditionalOnProperty(name = "regua.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class DispatchWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchWorkers.class);

    /** Longer than one message may take (connect 10 s + write 30 s). */
    static final Duration STOP_WITHIN = Duration.ofSeconds(45);

    private final Dispatcher dispatcher;
    private final int workers;
    private final int batchSize;
    private final Duration idle;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /** Idle workers nap on it; {@link #wake} ends their nap (an urgent notice was just queued). */
    private final Object nap = new Object();

    private long wakes;

    DispatchWorkers(
            Dispatcher dispatcher,
            @Value("${regua.dispatch.workers:2}") int workers,
            @Value("${regua.dispatch.batch-size:50}") int batchSize,
            @Value("${regua.dispatch.idle:PT1S}") Duration idle) {
        this.dispatcher = dispatcher;
        this.workers = workers;
        this.batchSize = batchSize;
        this.idle = idle;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(this::work, "dispatch-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void work() {
        while (running) {
            try {
                long seen = wakesSoFar();
                if (dispatcher.dispatchBatch(batchSize, null, () -> running) == 0) napUnlessWoken(seen);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // e.g. the database is briefly unreachable: wait and try again, nothing is lost
                log.warn("Dispatch worker: {}", e.toString());
                try {
                    Thread.sleep(idle.toMillis() * 5);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private long wakesSoFar() {
        synchronized (nap) {
            return wakes;
        }
    }

    /** Naps {@code idle}, unless a wake came since {@code seen} (then it looks again at once). */
    private void napUnlessWoken(long seen) throws InterruptedException {
        synchronized (nap) {
            if (wakes == seen) nap.wait(idle.toMillis());
        }
    }

    /**
     * An event notice or a manual resend was committed to the outbox: idle workers look at once
     * instead of at the end of their nap, so a payment's confirmation leaves within milliseconds
     * (other instances find it at the end of theirs, within {@code regua.dispatch.idle}).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(UrgentNoticesQueued queued) {
        wake();
    }

    void wake() {
        synchronized (nap) {
            wakes++;
            nap.notifyAll();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        long deadline = System.nanoTime() + STOP_WITHIN.toNanos();
        for (Thread thread : threads) {
            try {
                // an idle worker wakes at the end of its nap; a sending one after its message
                wake();
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the database pool closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
