package org.trendfinder.pipeline.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.trendfinder.pipeline.Main;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.Truth;

/**
 * The one small dataset the production tests share, and the job's output on it in local mode on local folders:
 * the reference every S3, killed-driver and cluster run is compared with. Built once per test JVM (failsafe
 * runs the *IT classes in one JVM) under {@code target/production-it/reference}.
 *
 * <p>10 000 project rows over two years: a few planted trends pass the filters, so the run publishes a trend
 * table and every plot for each trend (about 75 files), in under a minute on two busy cores.
 */
final class ReferenceRun {

    static final long PROJECTS = 10_000;
    static final long SEED = 7;
    static final int YEARS = 2;
    static final String LOCAL_MASTER = "local[2]";

    /**
     * @param raw       the generated DonorsChoose CSVs
     * @param ingested  {@code ingest}'s Parquet dataset of them (local folder)
     * @param store     {@code run}'s store on that dataset (local folder)
     * @param runDate   the run date (the sample's last posted date)
     * @param published {@link PublishedRuns#comparable} of the store
     * @param seconds   how long ingest and run took
     */
    record Reference(Path raw, Path ingested, Path store, LocalDate runDate, Map<String, String> published,
                     double seconds) {
    }

    private static Reference reference;

    private ReferenceRun() {
    }

    static synchronized Reference get() {
        if (reference == null) {
            try {
                reference = build(Path.of("target", "production-it", "reference").toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    private static Reference build(Path dir) throws IOException {
        quietSparkLogging();
        deleteRecursively(dir);
        long started = System.nanoTime();
        Truth truth = SampleGenerator.generate(new SampleSpec(PROJECTS, SEED, SampleSpec.DEFAULT_END_DATE, YEARS),
                dir.resolve("raw"), 1);
        LocalDate runDate = LocalDate.parse(truth.endDate());
        Path ingested = dir.resolve("ingested");
        Path store = dir.resolve("store");
        assertThat(Main.execute(args("ingest", "--input", dir.resolve("raw").toString(), "--output",
                ingested.toString(), "--master", LOCAL_MASTER))).as("local ingest exit code").isZero();
        assertThat(Main.execute(args("run", "--input", ingested.toString(), "--output", store.toString(),
                "--run-date", runDate.toString(), "--master", LOCAL_MASTER))).as("local run exit code").isZero();
        Map<String, String> published = PublishedRuns.comparable(PublishedRuns.snapshot(store));
        assertThat(published.keySet()).as("the reference run publishes trends and their plots")
                .hasSizeGreaterThan(10);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("REFERENCE local ingest + run of %d projects: %d published files, %.1f s%n", PROJECTS,
                published.size(), seconds);
        return new Reference(dir.resolve("raw"), ingested, store, runDate, published, seconds);
    }

    /** Spark in the test JVM logs at INFO without a configuration; use the jar's quiet one (before any logger). */
    static void quietSparkLogging() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:trendfinder-local-log4j2.properties");
        }
    }

    static String[] args(String... args) {
        return args;
    }

    /** {@code base} then {@code --spark-conf key=value} for each setting. */
    static String[] withSparkConf(List<String> base, Map<String, String> conf) {
        List<String> all = new ArrayList<>(base);
        conf.forEach((k, v) -> {
            all.add("--spark-conf");
            all.add(k + "=" + v);
        });
        return all.toArray(String[]::new);
    }

    /** Files under a local folder, keyed by relative path, without hidden files (.crc). */
    static List<Path> visibleFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
