package org.trendfinder.pipeline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.input.Ingest;
import org.trendfinder.pipeline.job.SparkSessions;
import org.trendfinder.pipeline.job.TrendFinderJob;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.Truth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: the pipeline on a generated Kaggle-scale history, with the figures the targets are stated
 * in: ingest time, run time, MB/s, peak driver heap, the cost of the analyses, and a plain single-thread
 * read-and-tokenize pass over the same text as a lower bound. All in one JVM run, so ratios compare like with
 * like on a noisy machine.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures ingest and run on a generated history (default: Kaggle scale, 1.1 M projects).")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "trendfinder-benchmark",
            description = "Working folder; a sample already there (same size and seed) is reused (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--projects", paramLabel = "N", defaultValue = "1100000", description = "Projects (default: ${DEFAULT-VALUE}).")
    long projects;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Sample seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--skip-analyses-baseline", description = "Do not measure the run without analyses.")
    boolean skipBaseline;

    /**
     * The aggregation steps that serve only the 2018 dashboard's analyses (issue 3: funding, geographic splits,
     * county matching, and the monthly feature counts behind compositions, diverging and correlated features;
     * that monthly aggregation also feeds history, so counting it whole gives an upper bound).
     */
    static final List<String> ANALYSES_2018_STEPS = List.of("analyses.analyses_monthly_counts",
            "analyses.analyses_median_cost", "analyses.analyses_funded_after_run", "analyses.analyses_geo_splits",
            "analyses.analyses_county_matches");

    private Map<String, Long> lastTimings = Map.of();

    @Override
    public Integer call() throws Exception {
        Path raw = dir.resolve("raw");
        Truth truth = sample(raw);
        long rawBytes = size(raw.resolve(SampleGenerator.PROJECTS_FILE)) + size(raw.resolve(SampleGenerator.RESOURCES_FILE))
                + size(raw.resolve(SampleGenerator.SCHOOLS_FILE)) + size(raw.resolve(SampleGenerator.TEACHERS_FILE));
        LocalDate runDate = LocalDate.parse(truth.endDate());
        System.out.printf("history: %,d project rows, %,.0f MB of CSV, run date %s, master %s, max heap %,d MB%n",
                truth.projectRows(), rawBytes / 1e6, runDate, master, Runtime.getRuntime().maxMemory() / 1_000_000);

        Figures lowerBound = measure(() -> plainTokenizePass(raw));
        System.out.printf("lower bound: single-thread read-and-tokenize %.1f s, %,d tokens, %.0f MB/s, heap %.0f MB%n",
                lowerBound.seconds(), lowerBound.value(), rawBytes / 1e6 / lowerBound.seconds(), lowerBound.heapMb());

        SparkSession spark = SparkSessions.create("trendfinder-benchmark", master, Map.of());
        try {
            Path parquet = dir.resolve("parquet");
            Figures ingest = measure(() -> {
                Ingest.run(spark, raw.toAbsolutePath().toString(), parquet.toAbsolutePath().toString());
                return 0L;
            });
            Figures run = measure(() -> runJob(spark, parquet, dir.resolve("store"), runDate, true,
                    DetectionParams.defaults()));
            Map<String, Long> runTimings = lastTimings;
            Figures surgingOnly = measure(() -> runJob(spark, parquet, dir.resolve("store-surging"), runDate, true,
                    DetectionParams.defaults().withGrowth(DetectionParams.Growth.OFF)));
            Figures core = skipBaseline ? null
                    : measure(() -> runJob(spark, parquet, dir.resolve("store-core"), runDate, false,
                            DetectionParams.defaults()));

            System.out.println();
            System.out.println("| step | seconds | MB/s | peak heap MB | target |");
            System.out.println("|---|---|---|---|---|");
            row("ingest (CSV to Parquet)", ingest, rawBytes, "<= 180 s");
            row("run, all analyses (after ingest)", run, rawBytes, "<= 90 s, heap <= 4096 MB");
            row("run, all analyses, growing horizon off", surgingOnly, rawBytes, "");
            if (core != null) {
                row("run, trend table only", core, rawBytes, "");
            }
            row("lower bound: 1 thread read+tokenize", lowerBound, rawBytes, "");
            System.out.printf("%nrun / lower bound = %.2f%n", run.seconds() / lowerBound.seconds());
            System.out.printf("the growing horizon and its trends add %.0f %% to the run (%d trends against %d; "
                    + "target <= 15 %%)%n", 100 * (run.seconds() - surgingOnly.seconds()) / surgingOnly.seconds(),
                    run.value(), surgingOnly.value());
            if (core != null) {
                System.out.printf("every per-trend plot together (membership pass, by_*, history, co-occurrences, "
                        + "examples and the 2018 analyses) adds %.0f %% to the trend table alone%n",
                        100 * (run.seconds() - core.seconds()) / core.seconds());
            }
            double analyses2018 = ANALYSES_2018_STEPS.stream().mapToLong(k -> runTimings.getOrDefault(k, 0L)).sum() / 1e3;
            System.out.printf("the 2018 analyses' own steps take %.1f s: they add at most %.0f %% to the rest of the run "
                    + "(target <= 50 %%)%n", analyses2018, 100 * analyses2018 / (run.seconds() - analyses2018));
            System.out.printf("trends published: %d%n", run.value());
        } finally {
            spark.stop();
        }
        return 0;
    }

    private Truth sample(Path raw) throws IOException {
        Path truthFile = raw.resolve(Truth.FILE_NAME);
        if (Files.exists(truthFile)) {
            Truth existing = Truth.read(truthFile);
            if (existing.seed() == seed && existing.projectRows() >= projects) {
                System.out.println("reusing the sample in " + raw);
                return existing;
            }
        }
        long started = System.nanoTime();
        Truth truth = SampleGenerator.generate(SampleSpec.of(projects, seed), raw);
        System.out.printf("generated the sample in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return truth;
    }

    private long runJob(SparkSession spark, Path input, Path store, LocalDate runDate, boolean analyses,
            DetectionParams detection) throws IOException {
        TrendFinderJob.Result result = new TrendFinderJob(spark, new TrendFinderJob.Options(
                input.toAbsolutePath().toString(), store.toAbsolutePath().toString(), List.of(runDate),
                detection, AnalysisParams.defaults(), analyses, 8)).run();
        System.out.println((analyses ? "run" : "run without analyses") + " timings (ms): " + result.timingsMillis());
        lastTimings = result.timingsMillis();
        return result.published().get(0).trends();
    }

    /** Reads Projects.csv and Resources.csv with commons-csv and splits the title, essay and item names into words. */
    static long plainTokenizePass(Path raw) throws IOException {
        long tokens = 0;
        tokens += tokenize(raw.resolve(SampleGenerator.PROJECTS_FILE), List.of("Project Title", "Project Essay"));
        tokens += tokenize(raw.resolve(SampleGenerator.RESOURCES_FILE), List.of("Resource Item Name"));
        return tokens;
    }

    private static long tokenize(Path file, List<String> columns) throws IOException {
        long tokens = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                for (String c : columns) {
                    if (r.isSet(c)) {
                        tokens += countWords(r.get(c));
                    }
                }
            }
        }
        return tokens;
    }

    /** Words in the text; lower-casing each letter is part of every tokenizer's work, so it is done here too. */
    private static long countWords(String text) {
        long words = 0;
        int lowered = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter) {
                lowered += Character.toLowerCase(c);   // used below, so the JIT cannot drop it
                if (!inWord) {
                    words++;
                }
            }
            inWord = letter;
        }
        return lowered == Integer.MIN_VALUE ? words + 1 : words;
    }

    private static void row(String name, Figures f, long bytes, String target) {
        System.out.printf("| %s | %.1f | %.0f | %.0f | %s |%n", name, f.seconds(), bytes / 1e6 / f.seconds(), f.heapMb(),
                target);
    }

    private static long size(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    interface Step {
        long run() throws Exception;
    }

    record Figures(double seconds, long value, double heapMb) {
    }

    /**
     * Runs a step while a daemon thread samples the used heap every 20 ms: the peak is the most the driver JVM
     * held at once (summing each pool's own peak would add peaks from different moments).
     */
    private static Figures measure(Step step) throws Exception {
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
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Figures(seconds, value, peak.get() / 1e6);
        } finally {
            done.set(true);
            sampler.join();
        }
    }
}
