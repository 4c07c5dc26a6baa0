package br.com.regua.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Worker threads that keep the outbox moving: each claims a batch, sends it, and naps briefly
 * when nothing is due. Several instances can run them against one database; SKIP LOCKED keeps
 * them off each other's notifications.
 */
@Component
@ConditionalOnProperty(name = "regua.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class DispatchWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchWorkers.class);

    private final Dispatcher dispatcher;
    private final int workers;
    private final int batchSize;
    private final Duration idle;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

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
                if (dispatcher.dispatchBatch(batchSize) == 0) Thread.sleep(idle.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // e.g. the database is briefly unreachable: wait and try again, nothing is lost
                log.warn("Dispatch worker: {}", e.getMessage());
                try {
                    Thread.sleep(idle.toMillis() * 5);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
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
