package org.trendfinder.pipeline.benchmark;

/** One measured step: wall seconds, the step's own result (trends, tokens), and the driver's peak used heap. */
public record Measured(double seconds, long value, double peakHeapMb) {

    /** How many times slower than {@code floor} this step ran. */
    public double times(Measured floor) {
        return seconds / floor.seconds();
    }
}
