package br.com.regua.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes each outcome within milliseconds of the server's answer: one writer thread takes what
 * the workers handed in since its last write and writes it in one statement (group commit), so
 * that several workers share a commit. A failed write is tried again, with a growing pause, for
 * up to {@link #GIVE_UP_AFTER}; a group that fails twice is written one outcome at a time, so
 * that one bad row does not hold back the others. The worker waits for its previous outcome's
 * commit before its next message goes out, so a crash finds at most one message per worker sent
 * and not recorded.
 */
@Component
class OutcomeRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    private record Pending(Outcome outcome, CompletableFuture<Void> done) {}

    private final Outbound outbound;
    private final DispatchInstance instance;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean running;

    OutcomeRecorder(Outbound outbound, DispatchInstance instance) {
        this.outbound = outbound;
        this.instance = instance;
    }

    /**
     * Hands an outcome in; the future completes once it is written (a claim that was no longer
     * this instance's is left as it is), or exceptionally when it could not be.
     */
    CompletableFuture<Void> record(Outcome outcome) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!running) {
            // not started (or stopping): written by the caller itself
            write(List.of(new Pending(outcome, done)));
            return done;
        }
        queue.add(new Pending(outcome, done));
        return done;
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = new Thread(this::loop, "dispatch-recorder");
        writer.setDaemon(true);
        writer.start();
    }

    private void loop() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                List<Pending> group = new ArrayList<>();
                group.add(first);
                queue.drainTo(group, 499);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                log.error("Outcome recorder", e);
            }
        }
    }

    private void write(List<Pending> group) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long pause = 50;
        int failures = 0;
        while (true) {
            try {
                outbound.record(
                        instance.id(), group.stream().map(Pending::outcome).toList());
                group.forEach(p -> p.done().complete(null));
                return;
            } catch (RuntimeException e) {
                failures++;
                if (failures >= 2 && group.size() > 1) {
                    for (Pending p : group) write(List.of(p));
                    return;
                }
                if (System.nanoTime() > deadline) {
                    log.error(
                            "Could not record the outcome of {} notifications; they will be taken back",
                            group.size(),
                            e);
                    group.forEach(p -> p.done().completeExceptionally(e));
                    return;
                }
                log.warn("Recording outcomes failed (try {}): {}", failures, e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    group.forEach(p -> p.done().completeExceptionally(e));
                    return;
                }
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread w = writer;
        if (w == null) return;
        try {
            w.join(GIVE_UP_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the workers and stops after them, once the last outcome is written. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 150;
    }
}
