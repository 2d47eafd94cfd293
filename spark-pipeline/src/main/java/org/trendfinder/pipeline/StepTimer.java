package org.trendfinder.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall time per named step, summed when a step runs more than once (one run date after another), in the order
 * steps first ran. The job, the analyses and the benchmark report their timings through it; the manifest
 * carries them.
 */
public final class StepTimer {

    private static final Logger LOG = LoggerFactory.getLogger(StepTimer.class);

    /** A step's work; it may throw what the step throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs the work and adds its wall time to {@code step}. */
    public <T, E extends Exception> T time(String step, Work<T, E> work) throws E {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            long took = (System.nanoTime() - started) / 1_000_000;
            add(step, took);
            LOG.info("{} took {} ms", step, took);
        }
    }

    public synchronized void add(String step, long stepMillis) {
        millis.merge(step, stepMillis, Long::sum);
    }

    /** Adds another timer's steps, each name prefixed (e.g. {@code analyses.}). */
    public synchronized void addAll(String prefix, Map<String, Long> steps) {
        steps.forEach((step, ms) -> add(prefix + step, ms));
    }

    /** The timings so far, in first-run order. */
    public synchronized Map<String, Long> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
