package org.trendfinder.pipeline.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's printed figures: a table of steps (seconds, MB/s of raw CSV, peak heap), then each target as a
 * ratio measured in the same run, marked met or not met.
 */
public final class BenchmarkReport {

    private final long rawBytes;
    private final List<String> steps = new ArrayList<>();
    private final List<String> ratios = new ArrayList<>();
    private int missed;

    public BenchmarkReport(long rawBytes) {
        this.rawBytes = rawBytes;
    }

    public void step(String name, Measured m) {
        steps.add(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.0f |", name, m.seconds(),
                rawBytes / 1e6 / m.seconds(), m.peakHeapMb()));
    }

    /** A target of the form {@code step / reference <= limit}. */
    public void atMost(String name, Measured step, Measured reference, double limit) {
        ratio(name, step.times(reference), "<=", limit, step.times(reference) <= limit);
    }

    /** A target of the form {@code reference / step >= limit} (a speed-up). */
    public void speedUp(String name, Measured faster, Measured slower, double limit) {
        double ratio = slower.seconds() / faster.seconds();
        ratio(name, ratio, ">=", limit, ratio >= limit);
    }

    private void ratio(String name, double value, String relation, double limit, boolean met) {
        missed += met ? 0 : 1;
        ratios.add(String.format(Locale.ROOT, "| %s | %.2f | %s %.2f | %s |", name, value, relation, limit,
                met ? "met" : "NOT met"));
    }

    public int missed() {
        return missed;
    }

    public void print(PrintStream out) {
        out.println();
        out.println("| step | seconds | MB/s | peak heap MB |");
        out.println("|---|---|---|---|");
        steps.forEach(out::println);
        out.println();
        out.println("| target | measured | target | |");
        out.println("|---|---|---|---|");
        ratios.forEach(out::println);
        out.println();
        out.println(missed == 0 ? "every target met" : missed + " target(s) not met");
    }
}
