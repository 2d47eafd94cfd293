package org.trendfinder.pipeline.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.testing.FaultPlan;
import org.trendfinder.store.testing.FaultProxy;
import org.trendfinder.store.testing.S3Operation;
import org.trendfinder.store.testing.S3ProxyExtension;
import org.trendfinder.store.testing.S3ProxyServer;

/**
 * A driver killed with SIGKILL half-way through publishing (no shutdown hook, no clean-up, no abandon): the run
 * published before for that date stays visible and intact, and the next run of the date publishes whole and
 * removes the dead attempt's files. The job runs as its own JVM from the local jar, as an operator would start it.
 */
class DriverKilledIT {

    static final Path LOCAL_JAR = Path.of("target", "trendfinder-pipeline-local.jar").toAbsolutePath();
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withFaultProxy();
    static S3ProxyServer server;
    static FaultProxy proxy;
    static ReferenceRun.Reference reference;
    static ChildProcesses processes;
    static long started;

    @BeforeAll
    static void setUp() throws Exception {
        started = System.nanoTime();
        assertThat(LOCAL_JAR).as("run after package").exists();
        reference = ReferenceRun.get();
        server = S3.server();
        proxy = S3.proxy();
        processes = new ChildProcesses(Path.of("target", "production-it", "driver-killed"));
        JobS3Settings.upload(server, reference.ingested(), "ingested/");
        // The run published before: the local reference store, uploaded as it is (manifest and its attempt).
        JobS3Settings.upload(server, reference.store(), "store/");
    }

    @AfterAll
    static void tearDown() {
        if (processes != null) {
            processes.close();
        }
        System.out.printf("DriverKilledIT took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    void aDriverKilledMidPublishLeavesThePreviousRunAndTheNextRunReplacesIt() throws Exception {
        String date = reference.runDate().toString();
        String manifestKey = StoreLayout.manifest(reference.runDate());
        String attemptsPrefix = "store/" + StoreLayout.attemptsPrefix(reference.runDate());
        Map<String, String> before = PublishedRuns.snapshot(server, "store/");
        String previousAttempt = PublishedRuns.attempt(before, date);

        // Every PUT waits 300 ms, so the write phase lasts seconds and the kill lands in it, not after it.
        proxy.plan(FaultPlan.seeded(41).withDelays(1.0, Duration.ofMillis(300)).onlyFor(Set.of(S3Operation.PUT_OBJECT)));
        ChildProcesses.Child doomed = processes.start("run-killed", runCommand(), Map.of());
        List<String> seen = new ArrayList<>();
        try {
            ChildProcesses.awaitCondition("the second run to write part of its attempt", RUN_TIMEOUT, () -> {
                if (!doomed.process().isAlive()) {
                    throw new AssertionError("the run ended before it could be killed (exit "
                            + doomed.process().exitValue() + "):\n" + doomed.tail(80));
                }
                seen.clear();
                seen.addAll(newAttemptKeys(attemptsPrefix, previousAttempt));
                return seen.size() >= 5;
            });
            doomed.process().destroyForcibly(); // SIGKILL: nothing in the JVM runs any more
            assertThat(doomed.await(Duration.ofSeconds(30))).as("killed by SIGKILL").isEqualTo(128 + 9);
        } catch (AssertionError | RuntimeException e) {
            System.out.println(processes.logs());
            throw e;
        } finally {
            proxy.plan(FaultPlan.none());
        }

        Map<String, String> afterKill = PublishedRuns.snapshot(server, "store/");
        assertThat(afterKill.get(manifestKey)).as("the manifest, byte for byte").isEqualTo(before.get(manifestKey));
        assertThat(PublishedRuns.comparable(afterKill)).as("the previous run, every listed file")
                .isEqualTo(PublishedRuns.comparable(before)).isEqualTo(reference.published());
        List<String> leftovers = List.copyOf(PublishedRuns.unpublished(afterKill));
        Set<String> deadAttempts = leftovers.stream()
                .map(k -> k.substring(StoreLayout.attemptsPrefix(reference.runDate()).length()))
                .map(k -> k.substring(0, k.indexOf('/'))).collect(Collectors.toSet());
        assertThat(deadAttempts).as("one dead attempt beside the published one").hasSize(1)
                .doesNotContain(previousAttempt);
        assertThat(leftovers).as("killed half-way: some files, not all").hasSizeGreaterThanOrEqualTo(5)
                .hasSizeLessThan(reference.published().size() - 1);

        ChildProcesses.Child rerun = processes.start("run-again", runCommand(), Map.of());
        int exit = rerun.await(RUN_TIMEOUT);
        assertThat(exit).as("re-run exit code; log:\n%s", rerun.tail(80)).isZero();

        Map<String, String> afterRerun = PublishedRuns.snapshot(server, "store/");
        String newAttempt = PublishedRuns.attempt(afterRerun, date);
        assertThat(newAttempt).isNotEqualTo(previousAttempt).isNotIn(deadAttempts);
        assertThat(PublishedRuns.comparable(afterRerun)).isEqualTo(reference.published());
        assertThat(PublishedRuns.unpublished(afterRerun)).as("the previous and the dead attempt are removed").isEmpty();
        System.out.printf("DRIVER KILLED after %d of %d files of its attempt; previous run intact; re-run published %s%n",
                leftovers.size(), reference.published().size() - 1, newAttempt);
    }

    private static List<String> newAttemptKeys(String attemptsPrefix, String previousAttempt) {
        return server.client().listObjectsV2Paginator(b -> b.bucket(server.bucket()).prefix(attemptsPrefix))
                .contents().stream().map(o -> o.key())
                .filter(k -> !k.startsWith(attemptsPrefix + previousAttempt + "/")).toList();
    }

    /** {@code java -jar trendfinder-pipeline-local.jar run ...} on S3, through the fault proxy. */
    private static List<String> runCommand() {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.java(), "-XX:+IgnoreUnrecognizedVMOptions",
                "-Djdk.reflect.useDirectMethodHandle=false", "-Xmx1g", "-jar", LOCAL_JAR.toString(),
                "run", "--input", server.s3aUri("ingested"), "--output", server.s3aUri("store"),
                "--run-date", reference.runDate().toString(), "--master", "local[2]"));
        return List.of(ReferenceRun.withSparkConf(command, JobS3Settings.sparkConf(server, proxy.endpoint())));
    }
}
