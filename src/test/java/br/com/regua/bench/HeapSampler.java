package br.com.regua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the JVM heap every 20 ms on a daemon thread: the peak of "used" (garbage included) and
 * the peak of what the heap held right after a collection (the live data), over the whole run and
 * since the last {@link #reset()}.
 */
final class HeapSampler {

    private static final long PERIOD_MS = 20;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong phasePeakUsed = new AtomicLong();
    private final AtomicLong phasePeakAfterGc = new AtomicLong();

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        Thread thread = new Thread(sampler::run, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return sampler;
    }

    private void run() {
        while (true) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long afterGc = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage collected = pool.getCollectionUsage();
            if (collected != null) afterGc += collected.getUsed();
        }
        peakUsed.accumulateAndGet(used, Math::max);
        phasePeakUsed.accumulateAndGet(used, Math::max);
        peakAfterGc.accumulateAndGet(afterGc, Math::max);
        phasePeakAfterGc.accumulateAndGet(afterGc, Math::max);
    }

    /** Starts a new phase: the phase peaks begin again from the current sample. */
    void reset() {
        phasePeakUsed.set(0);
        phasePeakAfterGc.set(0);
        sample();
    }

    long peakUsed() {
        return peakUsed.get();
    }

    long peakAfterGc() {
        return peakAfterGc.get();
    }

    long phasePeakUsed() {
        return phasePeakUsed.get();
    }

    long phasePeakAfterGc() {
        return phasePeakAfterGc.get();
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }
}
