package org.trendfinder.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.benchmark.BenchmarkReport;
import org.trendfinder.pipeline.benchmark.HeapSampler;
import org.trendfinder.pipeline.benchmark.Measured;
import org.trendfinder.pipeline.benchmark.TokenizeFloor;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.input.Ingest;
import org.trendfinder.pipeline.job.SparkSessions;
import org.trendfinder.pipeline.job.TrendFinderJob;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleOptions;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.Truth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: the pipeline on a generated history, every figure in one JVM run so the ratios compare like
 * with like on a noisy machine. Each speed target is a ratio against {@link TokenizeFloor} (one plain thread
 * reading and tokenizing the same CSV) or against another step of the same run.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures ingest and runs on a generated history against a single-thread read-and-tokenize "
                + "floor, and prints each target as met or not (default: Kaggle scale, 1.1 M projects).")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "trendfinder-benchmark",
            description = "Working folder; a sample already there (same size and seed) is reused (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Mixin
    SampleOptions generated = new SampleOptions(1_100_000, 7);

    @Mixin
    MasterOption master = new MasterOption("local[2]");

    @Option(names = "--backfill-dates", paramLabel = "N", defaultValue = "60",
            description = "Run dates of the backfill measured against one run, 14 days apart (default: ${DEFAULT-VALUE}).")
    int backfillDates;

    @Option(names = "--skip-ingest-scaling",
            description = "Do not measure ingest scaling (a second, warm ingest on the master, then one on one core).")
    boolean skipIngestScaling;

    @Option(names = "--skip-analyses-baseline", description = "Do not measure the runs without analyses or growing horizon.")
    boolean skipBaseline;

    private Map<String, Long> lastTimings = Map.of();

    @Override
    public Integer call() throws Exception {
        Path raw = dir.resolve("raw");
        Truth truth = sample(raw);
        long rawBytes = 0;
        for (String file : List.of(SampleGenerator.PROJECTS_FILE, SampleGenerator.RESOURCES_FILE,
                SampleGenerator.SCHOOLS_FILE, SampleGenerator.TEACHERS_FILE)) {
            rawBytes += Files.exists(raw.resolve(file)) ? Files.size(raw.resolve(file)) : 0;
        }
        LocalDate runDate = LocalDate.parse(truth.endDate());
        System.out.printf("history: %,d project rows, %,.0f MB of CSV, run date %s, master %s, max heap %,d MB%n",
                truth.projectRows(), rawBytes / 1e6, runDate, master.url(), Runtime.getRuntime().maxMemory() / 1_000_000);
        BenchmarkReport report = new BenchmarkReport(rawBytes);

        Measured floor = HeapSampler.measure(() -> TokenizeFloor.readAndTokenize(raw));
        System.out.printf("floor: one thread reads and tokenizes in %.1f s (%,d words)%n", floor.seconds(), floor.value());
        report.step("floor: 1 thread read+tokenize", floor);

        Path parquet = dir.resolve("parquet");
        DetectionParams defaults = DetectionParams.defaults();
        Measured ingest;
        Measured fromParquet;
        Measured fromRaw;
        Measured classicRaw;
        Measured backfill;
        Measured growthOff = null;
        Measured growthOn = null;
        Measured core = null;
        Measured ingestWarm = null;
        Map<String, Long> parquetTimings;
        SparkSession spark = SparkSessions.create("trendfinder-benchmark", master.url(), Map.of());
        try {
            ingest = HeapSampler.measure(() -> ingest(spark, raw, parquet));
            report.step("ingest (CSV to Parquet), " + master.url(), ingest);
            fromParquet = HeapSampler.measure(() -> runJob(spark, parquet, "store-parquet", List.of(runDate), true, defaults));
            parquetTimings = lastTimings;
            report.step("run from Parquet", fromParquet);
            fromRaw = HeapSampler.measure(() -> runJob(spark, raw, "store-raw", List.of(runDate), true, defaults));
            report.step("run from raw CSV", fromRaw);
            classicRaw = HeapSampler.measure(() -> runJob(spark, raw, "store-classic", List.of(runDate), true,
                    DetectionParams.classic()));
            report.step("classic, resource items, unigrams, from raw CSV", classicRaw);
            List<LocalDate> dates = backfill(runDate, backfillDates);
            backfill = HeapSampler.measure(() -> runJob(spark, parquet, "store-backfill", dates, true, defaults));
            report.step(dates.size() + "-date backfill from Parquet", backfill);
            if (!skipBaseline) {
                growthOff = HeapSampler.measure(() -> runJob(spark, parquet, "store-surging", List.of(runDate), true,
                        defaults.withGrowth(DetectionParams.Growth.OFF)));
                report.step("run from Parquet, growing horizon off", growthOff);
                // The first run from Parquet ran with a colder JIT; the horizon's cost is judged on two warm runs.
                growthOn = HeapSampler.measure(() -> runJob(spark, parquet, "store-parquet", List.of(runDate), true, defaults));
                report.step("run from Parquet again, growing horizon on", growthOn);
                core = HeapSampler.measure(() -> runJob(spark, parquet, "store-core", List.of(runDate), false, defaults));
                report.step("run from Parquet, trend table only", core);
            }
            if (!skipIngestScaling) {
                // The first ingest also warmed the JVM; scaling compares two ingests that both start warm.
                ingestWarm = HeapSampler.measure(() -> ingest(spark, raw, dir.resolve("parquet-again")));
                report.step("ingest again, warm, " + master.url(), ingestWarm);
            }
        } finally {
            spark.stop();
        }
        Measured ingestOneCore = null;
        if (!skipIngestScaling) {
            SparkSession oneCore = SparkSessions.create("trendfinder-benchmark-1-core", "local[1]", Map.of());
            try {
                ingestOneCore = HeapSampler.measure(() -> ingest(oneCore, raw, dir.resolve("parquet-1-core")));
                report.step("ingest, warm, local[1]", ingestOneCore);
            } finally {
                oneCore.stop();
            }
        }

        report.atMost("run from raw CSV / floor", fromRaw, floor, 5);
        report.atMost("run from Parquet / floor", fromParquet, floor, 3);
        report.atMost("classic resources-only run from raw CSV / floor", classicRaw, floor, 3);
        report.atMost(backfill.value() + "-trend " + backfillDates + "-date backfill / one run", backfill, fromParquet, 2);
        if (ingestOneCore != null) {
            report.speedUp("ingest on " + master.url() + " against local[1] (both warm)", ingestWarm, ingestOneCore,
                    1.6);
        }
        if (growthOff != null) {
            report.atMost("run / run with the growing horizon off (both warm)", growthOn, growthOff, 1.15);
        }
        report.print(System.out);
        if (growthOn != null) {
            // The first run from Parquet also compiles each query's generated code and warms the JIT, as a cron
            // run's fresh JVM does: the target is judged on it; the warm figure shows what that costs.
            System.out.printf("run from Parquet, warm (the same run again): %.1f s, %.2fx the floor%n",
                    growthOn.seconds(), growthOn.seconds() / floor.seconds());
        }
        System.out.println("run from Parquet, step timings (ms): " + parquetTimings);
        if (core != null) {
            System.out.printf("every per-trend plot together adds %.0f %% to the trend table alone%n",
                    100 * (fromParquet.seconds() - core.seconds()) / core.seconds());
        }
        double analyses = parquetTimings.getOrDefault("analyses", 0L) / 1e3;
        System.out.printf("the analyses (every plot but co-occurrences, one pass) take %.1f s: %.0f %% of the rest of "
                + "the run%n", analyses, 100 * analyses / (fromParquet.seconds() - analyses));
        System.out.printf("trends published: %d (one run), %d over the backfill%n", fromParquet.value(), backfill.value());
        return 0;
    }

    private static List<LocalDate> backfill(LocalDate last, int dates) {
        List<LocalDate> all = new ArrayList<>();
        for (int i = dates - 1; i >= 0; i--) {
            all.add(last.minusDays(14L * i));
        }
        return all;
    }

    private Truth sample(Path raw) throws IOException {
        Path truthFile = raw.resolve(Truth.FILE_NAME);
        if (Files.exists(truthFile)) {
            Truth existing = Truth.read(truthFile);
            if (existing.seed() == generated.seed() && existing.projectRows() == generated.projects()) {
                System.out.println("reusing the sample in " + raw);
                return existing;
            }
        }
        long started = System.nanoTime();
        Truth truth = SampleGenerator.generate(SampleSpec.of(generated.projects(), generated.seed()), raw);
        System.out.printf("generated the sample in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return truth;
    }

    private static long ingest(SparkSession spark, Path raw, Path parquet) throws IOException {
        deleteRecursively(parquet);
        Ingest.run(spark, raw.toAbsolutePath().toString(), parquet.toAbsolutePath().toString());
        return 0;
    }

    /** Runs the job into a fresh store under the working folder; returns the trends published over all dates. */
    private long runJob(SparkSession spark, Path input, String store, List<LocalDate> runDates, boolean analyses,
            DetectionParams detection) throws IOException {
        Path output = dir.resolve(store);
        deleteRecursively(output);
        TrendFinderJob.Result result = new TrendFinderJob(spark, new TrendFinderJob.Options(
                input.toAbsolutePath().toString(), output.toAbsolutePath().toString(), runDates,
                detection, AnalysisParams.defaults(), analyses, 8)).run();
        System.out.println(store + " timings (ms): " + result.timingsMillis());
        lastTimings = result.timingsMillis();
        return result.published().stream().mapToLong(m -> m.trends()).sum();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
