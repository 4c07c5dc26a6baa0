package br.com.regua.webhooks;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The thread that keeps webhooks moving on this instance: a round of deliveries, then a short nap
 * when nothing was due. Any number of instances may run one (the claims keep them apart). Tests
 * turn it off ({@code regua.webhooks.delivery-enabled=false}) and deliver by hand.
 */
@Component
@ConditionalOnProperty(name = "regua.webhooks.delivery-enabled", havingValue = "true", matchIfMissing = true)
class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final Deliveries deliveries;
    private final Duration idle;
    private volatile boolean running;
    private Thread thread;

    WebhookWorker(Deliveries deliveries, @Value("${regua.webhooks.idle:PT0.5S}") Duration idle) {
        this.deliveries = deliveries;
        this.idle = idle;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::work, "webhooks");
        thread.setDaemon(true);
        thread.start();
    }

    private void work() {
        while (running) {
            try {
                if (deliveries.deliverDue(null) == 0) Thread.sleep(idle.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // e.g. the database is briefly unreachable: the claims' leases bring everything back
                log.warn("Webhook worker: {}", e.toString());
                try {
                    Thread.sleep(idle.toMillis() * 10);
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
        if (thread == null) return;
        try {
            // a round in flight ends within the sender's timeouts
            thread.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
