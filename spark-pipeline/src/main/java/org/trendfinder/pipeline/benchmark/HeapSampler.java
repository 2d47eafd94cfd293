package org.trendfinder.pipeline.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times a step while a daemon thread samples this JVM's used heap every 20 ms. The peak is the most the
 * driver held at once (summing each pool's own peak would add peaks from different moments). In local mode
 * the executors share this heap; against a cluster master it is the driver's alone.
 */
public final class HeapSampler {

    /** A step of the benchmark; its result is reported beside the time (trends found, tokens read). */
    @FunctionalInterface
    public interface Step {
        long run() throws Exception;
    }

    private HeapSampler() {
    }

    public static Measured measure(Step step) throws Exception {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        try {
            long value = step.run();
            return new Measured((System.nanoTime() - started) / 1e9, value, peak.get() / 1e6);
        } finally {
            done.set(true);
            sampler.join();
        }
    }
}
