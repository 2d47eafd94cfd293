package org.trendfinder.pipeline.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trendfinder.pipeline.Main;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.testing.Fault;
import org.trendfinder.store.testing.FaultPlan;
import org.trendfinder.store.testing.FaultProxy;
import org.trendfinder.store.testing.S3Operation;
import org.trendfinder.store.testing.S3ProxyExtension;
import org.trendfinder.store.testing.S3ProxyServer;
import org.trendfinder.store.testing.S3Request;

/**
 * The job the way production runs it, on S3 (S3Proxy behind a logging {@link FaultProxy}): the generated CSVs
 * are uploaded, {@code ingest} writes the Parquet dataset through the S3A magic committer, {@code run} reads it
 * and publishes the store, all through the command line with S3A settings as {@code --spark-conf}. The store
 * must equal, file for file and byte for byte, the local-mode run on local folders ({@link ReferenceRun});
 * nothing is ever copied (renamed); listings stay within what the job's layout needs. Then the same run again
 * while the proxy injects faults: it either publishes the very same store, or fails clearly and leaves the
 * previous run of the date untouched.
 */
class JobOnS3IT {

    /** Spark local mode with task retries, as on a cluster (plain local[N] gives every task one attempt). */
    static final String MASTER = "local[2,4]";

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withFaultProxy();
    static S3ProxyServer server;
    static FaultProxy proxy;
    static ReferenceRun.Reference reference;
    static String runDate;

    static List<S3Request> ingestRequests;
    /** The first run of the date (an empty store), and a re-run of it (which replaces the first). */
    static List<S3Request> firstRunRequests;
    static List<S3Request> runRequests;
    static Map<String, String> ingested;
    static Map<String, String> afterCleanRun;
    static final List<String> faultOutcomes = new ArrayList<>();
    static long started = System.nanoTime();

    @BeforeAll
    static void ingestAndRunOnS3() throws Exception {
        started = System.nanoTime();
        reference = ReferenceRun.get();
        server = S3.server();
        proxy = S3.proxy();
        runDate = reference.runDate().toString();
        JobS3Settings.upload(server, reference.raw(), "raw/");

        proxy.clear();
        long t0 = System.nanoTime();
        assertThat(Main.execute(cli("ingest", "--input", server.s3aUri("raw"), "--output", server.s3aUri("ingested"))))
                .as("ingest exit code").isZero();
        ingestRequests = proxy.requests();
        ingested = PublishedRuns.snapshot(server, "ingested/");
        long t1 = System.nanoTime();

        proxy.clear();
        assertThat(Main.execute(runCli())).as("first run exit code").isZero();
        firstRunRequests = proxy.requests();
        long t2 = System.nanoTime();

        proxy.clear();
        assertThat(Main.execute(runCli())).as("re-run exit code").isZero();
        runRequests = proxy.requests();
        afterCleanRun = PublishedRuns.snapshot(server, "store/");
        System.out.printf("S3 ingest %.1f s, first run %.1f s, re-run %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (System.nanoTime() - t2) / 1e9);
        System.out.println("INGEST requests    " + kinds(ingestRequests));
        System.out.println("FIRST RUN requests " + kinds(firstRunRequests));
        System.out.println("RE-RUN requests    " + kinds(runRequests));
        runRequests.stream().filter(r -> r.operation() != S3Operation.PUT_OBJECT && r.operation() != S3Operation.GET_OBJECT)
                .forEach(r -> System.out.println("  " + r));
    }

    @AfterAll
    static void report() {
        faultOutcomes.forEach(System.out::println);
        System.out.printf("JobOnS3IT took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    void ingestCommitsTheDatasetThroughTheMagicCommitterWithoutCopies() {
        assertThat(ingested).containsKeys("_SUCCESS", "_ingest.json");
        // S3A committers write a JSON _SUCCESS naming themselves; FileOutputCommitter's is empty.
        assertThat(ingested.get("_SUCCESS")).contains("\"committer\":\"magic\"");
        List<String> parquet = ingested.keySet().stream().filter(k -> k.endsWith(".parquet")).toList();
        assertThat(parquet).isNotEmpty().allMatch(k -> k.startsWith("posted_year="));
        assertThat(ingested.keySet()).noneMatch(k -> k.contains("__magic") || k.contains("_temporary"));
        assertThat(ingestRequests).extracting(S3Request::operation)
                .doesNotContain(S3Operation.COPY_OBJECT, S3Operation.UPLOAD_PART_COPY);
        for (String file : parquet) {
            // Each data file became visible by completing its multipart upload at its final key: no rename.
            assertThat(ingestRequests).filteredOn(r -> r.key().equals("ingested/" + file)).extracting(S3Request::operation)
                    .as(file).contains(S3Operation.CREATE_MULTIPART, S3Operation.COMPLETE_MULTIPART)
                    .doesNotContain(S3Operation.PUT_OBJECT);
        }
    }

    @Test
    void runPublishesTheSameStoreAsLocalMode() {
        assertThat(PublishedRuns.comparable(afterCleanRun)).isEqualTo(reference.published());
        assertThat(PublishedRuns.unpublished(afterCleanRun)).as("files outside the published run").isEmpty();
    }

    @Test
    void runNeverCopiesAndWritesEachPublishedFileOnce() {
        assertThat(runRequests).extracting(S3Request::operation)
                .doesNotContain(S3Operation.COPY_OBJECT, S3Operation.UPLOAD_PART_COPY, S3Operation.LIST_V1);
        String attempt = PublishedRuns.attempt(afterCleanRun, runDate);
        String attemptRoot = "store/" + StoreLayout.attemptsPrefix(reference.runDate()) + attempt + "/";
        List<String> puts = runRequests.stream().filter(r -> r.operation() == S3Operation.PUT_OBJECT)
                .map(S3Request::key).toList();
        // One PUT per file of the attempt, then the manifest; nothing else is written, nothing twice.
        assertThat(puts).doesNotHaveDuplicates().last().isEqualTo("store/" + StoreLayout.manifest(reference.runDate()));
        assertThat(puts.subList(0, puts.size() - 1)).allMatch(k -> k.startsWith(attemptRoot))
                .hasSize(afterCleanRun.size() - 1);
    }

    /**
     * LIST requests of a run, with P the dataset's partition folders (posted_year=...) and O the older attempts of
     * the date that publishing replaces: reading the dataset costs P + 4 (two "is it a directory?" probes of the
     * dataset root, Spark's check for a streaming {@code _spark_metadata} log, the root listing, one per
     * partition), publishing 1 (the attempts of the date), and deleting each older attempt 3 (the recursive
     * delete's probe, its object listing, the parent probe after it). So LIST <= P + 5 + 3·O, plus one more
     * page wherever a folder holds over 5000 keys (fs.s3a.paging.maximum); none here. In particular no LIST per
     * written file: the store creates files without S3A's directory probe.
     */
    @Test
    void runListsOnlyWhatTheLayoutNeeds() {
        long partitions = ingested.keySet().stream().filter(k -> k.startsWith("posted_year="))
                .map(k -> k.substring(0, k.indexOf('/'))).distinct().count();
        long firstLists = firstRunRequests.stream().filter(r -> r.operation() == S3Operation.LIST_V2).count();
        long rerunLists = runRequests.stream().filter(r -> r.operation() == S3Operation.LIST_V2).count();
        System.out.printf("RUN LIST requests: first run %d (bound P + 5 = %d), re-run %d (bound P + 5 + 3 = %d)%n",
                firstLists, partitions + 5, rerunLists, partitions + 8);
        assertThat(firstLists).isPositive().isLessThanOrEqualTo(partitions + 5);
        assertThat(rerunLists).isLessThanOrEqualTo(partitions + 5 + 3);
        String attemptsPrefix = "store/" + StoreLayout.attemptsPrefix(reference.runDate());
        String newAttempt = attemptsPrefix + PublishedRuns.attempt(afterCleanRun, runDate) + "/";
        assertThat(runRequests).filteredOn(r -> r.operation() == S3Operation.LIST_V2)
                .extracting(r -> r.params().getOrDefault("prefix", ""))
                .as("no listing inside the attempt being written")
                .noneMatch(prefix -> prefix.startsWith(newAttempt));
        // The re-run removed the first run's attempt with one bulk delete, not one DELETE per file.
        assertThat(runRequests).extracting(S3Request::operation).contains(S3Operation.MULTI_DELETE)
                .doesNotContain(S3Operation.DELETE_OBJECT);
    }

    static Stream<Arguments> faultPlans() {
        Duration slow = Duration.ofMillis(200);
        return Stream.of(
                Arguments.of("resets 2%", FaultPlan.seeded(31).withResets(0.02)),
                Arguments.of("resets 10%", FaultPlan.seeded(32).withResets(0.10)),
                Arguments.of("503 SlowDown 10%", FaultPlan.seeded(33).withSlowDowns(0.10)),
                Arguments.of("500 InternalError 5%", FaultPlan.seeded(34).withInternalErrors(0.05)),
                Arguments.of("slow 200 ms 10%", FaultPlan.seeded(35).withDelays(0.10, slow)),
                Arguments.of("mix 3% resets, 5% 503, 3% 500, 5% slow", FaultPlan.seeded(36).withResets(0.03)
                        .withSlowDowns(0.05).withInternalErrors(0.03).withDelays(0.05, slow)),
                Arguments.of("resets 30%", FaultPlan.seeded(38).withResets(0.30)),
                // After the manifest: removing the replaced attempt fails, the run stands (its files left for the
                // next publish of the date to remove).
                Arguments.of("every delete throttled", FaultPlan.seeded(39).withSlowDowns(1.0)
                        .onlyFor(Set.of(S3Operation.DELETE_OBJECT, S3Operation.MULTI_DELETE))),
                Arguments.of("every PUT fails 500", FaultPlan.seeded(37).withInternalErrors(1.0)
                        .onlyFor(Set.of(S3Operation.PUT_OBJECT))));
    }

    /**
     * The same run while S3 misbehaves: either the store afterwards holds exactly the clean run's output (a new
     * attempt of it), or the command fails and the run published before is there byte for byte.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faultPlans")
    void underFaultsTheRunIsWholeOrFailsLeavingThePreviousRun(String name, FaultPlan plan) throws Exception {
        Map<String, String> before = PublishedRuns.snapshot(server, "store/");
        String manifestKey = StoreLayout.manifest(reference.runDate());
        proxy.clear();
        proxy.plan(plan);
        long t0 = System.nanoTime();
        int exit;
        // The command's stderr, teed, for its one-line "error: ..." on failure.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(new TeeOutputStream(originalErr, err), true, StandardCharsets.UTF_8));
        try {
            exit = Main.execute(runCli());
        } finally {
            System.setErr(originalErr);
            proxy.plan(FaultPlan.none());
        }
        String error = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("error: ")).findFirst()
                .orElse("");
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<S3Request> log = proxy.requests();
        Map<Fault, Long> faults = proxy.faultCounts();
        assertThat(log).as("the plan injected something").anyMatch(r -> r.fault() != Fault.NONE);

        Map<String, String> after = PublishedRuns.snapshot(server, "store/");
        if (exit == 0) {
            assertThat(PublishedRuns.comparable(after)).isEqualTo(reference.published());
            assertThat(PublishedRuns.attempt(after, runDate)).isNotEqualTo(PublishedRuns.attempt(before, runDate));
        } else {
            assertThat(exit).as("a failed run exits 1").isEqualTo(1);
            assertThat(error).as("one line saying what failed").contains("store/" + runDate + "/_attempts/");
            assertThat(after.get(manifestKey)).as("the previous manifest, byte for byte").isEqualTo(before.get(manifestKey));
            assertThat(PublishedRuns.comparable(after)).isEqualTo(PublishedRuns.comparable(before));
        }
        assertThat(log).extracting(S3Request::operation).doesNotContain(S3Operation.COPY_OBJECT,
                S3Operation.UPLOAD_PART_COPY);
        // Retries may repeat a listing; nothing else adds one.
        long lists = log.stream().filter(r -> r.operation() == S3Operation.LIST_V2).count();
        long faulted = log.stream().filter(r -> r.fault() != Fault.NONE && r.fault() != Fault.DELAYED).count();
        long cleanLists = runRequests.stream().filter(r -> r.operation() == S3Operation.LIST_V2).count();
        assertThat(lists).isLessThanOrEqualTo(cleanLists + faulted);
        String outcome = String.format("FAULTS %-42s %-7s in %5.1f s: %d requests, faults %s, left beside the run: %d%s",
                name, exit == 0 ? "success" : "FAILED", seconds, log.size(), nonZero(faults),
                PublishedRuns.unpublished(after).size(), error.isEmpty() ? "" : "\n       " + error.substring(0,
                        Math.min(error.length(), 200)));
        System.out.println(outcome);
        faultOutcomes.add(outcome);
    }

    static String[] runCli() {
        return cli("run", "--input", server.s3aUri("ingested"), "--output", server.s3aUri("store"), "--run-date", runDate);
    }

    static String[] cli(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--master", MASTER));
        return ReferenceRun.withSparkConf(args, JobS3Settings.sparkConf(server, proxy.endpoint()));
    }

    static Map<S3Operation, Long> kinds(List<S3Request> requests) {
        Map<S3Operation, Long> kinds = new EnumMap<>(S3Operation.class);
        requests.forEach(r -> kinds.merge(r.operation(), 1L, Long::sum));
        return kinds;
    }

    /** Writes to two streams. */
    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }

    private static Map<Fault, Long> nonZero(Map<Fault, Long> counts) {
        Map<Fault, Long> m = new EnumMap<>(Fault.class);
        counts.forEach((f, n) -> {
            if (n > 0 && f != Fault.NONE) {
                m.put(f, n);
            }
        });
        return m;
    }
}
