package org.trendfinder.pipeline.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation throughput for 100k projects. Off by default (it writes ~170 MB); run with
 * {@code -Dsample.benchmark=true -Dtest=SampleThroughputBenchmark}. Prints wall-clock MB/s and MB per CPU-second
 * (the latter is what the machine's load does not distort).
 */
@EnabledIfSystemProperty(named = "sample.benchmark", matches = "true")
class SampleThroughputBenchmark {

    @Test
    void generates100kProjects(@TempDir Path dir) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        SampleGenerator.generate(new SampleSpec(20_000, 99, SampleSpec.DEFAULT_END_DATE, 5), dir.resolve("warm"), threads);
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        SampleGenerator.generate(SampleSpec.of(100_000, 1), dir.resolve("run"), threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(dir.resolve("run"))) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("sample throughput: %,d bytes in %.2f s = %.1f MB/s wall, %.1f MB per CPU-second, %d threads%n",
                bytes, seconds, bytes / 1e6 / seconds, bytes / 1e6 / cpuSeconds, threads);
        assertThat(bytes).isGreaterThan(100_000_000L);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
