package org.trendfinder.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.RunPublisher;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendStore;
import org.trendfinder.store.testing.Fault;
import org.trendfinder.store.testing.FaultPlan;
import org.trendfinder.store.testing.FaultProxy;
import org.trendfinder.store.testing.S3Operation;
import org.trendfinder.store.testing.S3Request;

/**
 * Re-publishing a run through S3A while a {@link FaultProxy} resets connections, throttles, fails and slows
 * requests. Whatever happens, the outcome is one of two: the re-run succeeds and the store is byte-identical
 * to a fault-free re-run, or it fails with an exception and readers still get a complete run (the previous
 * one, or the new one if only the clean-up after the manifest failed) — never a partial one. No published
 * file is ever copied or renamed.
 */
class StorePublicationUnderFaultsTest extends ProxiedS3Test {

    static final LocalDate DAY = LocalDate.of(2018, 3, 14);
    static final List<String> TERMS = List.of("flexible seating", "robotics", "insect", "ipad", "wobble stool");

    /** The store after a clean first run (attempt a1), and after a clean re-run (attempt a2). */
    static Map<String, String> afterFirstRun;
    static Map<String, String> afterRerun;
    /** LIST requests a clean re-run makes. */
    static long cleanRerunLists;

    @BeforeAll
    static void cleanReference() throws Exception {
        HadoopStoreFiles files = store("reference");
        firstRun(files);
        afterFirstRun = S3TestStores.snapshot(server, "reference/");
        proxy.clear();
        rerun(files);
        cleanRerunLists = proxy.requests(S3Operation.LIST_V2).size();
        afterRerun = S3TestStores.snapshot(server, "reference/");
        assertThat(afterRerun.keySet()).allMatch(k -> k.equals("2018-03-14/_manifest.json")
                || k.startsWith("2018-03-14/_attempts/a2/"));
    }

    static Stream<Arguments> plans() {
        Duration slow = Duration.ofMillis(200);
        return Stream.of(
                Arguments.of("resets 5%", FaultPlan.seeded(21).withResets(0.05)),
                Arguments.of("resets 20%", FaultPlan.seeded(12).withResets(0.20)),
                Arguments.of("503 SlowDown 10%", FaultPlan.seeded(13).withSlowDowns(0.10)),
                Arguments.of("500 InternalError 5%", FaultPlan.seeded(14).withInternalErrors(0.05)),
                Arguments.of("slow 200 ms 20%", FaultPlan.seeded(15).withDelays(0.20, slow)),
                Arguments.of("mix 5% resets, 10% 503, 5% 500, 10% slow", FaultPlan.seeded(16).withResets(0.05)
                        .withSlowDowns(0.10).withInternalErrors(0.05).withDelays(0.10, slow)),
                Arguments.of("every PUT fails 500", FaultPlan.seeded(17).withInternalErrors(1.0)
                        .onlyFor(Set.of(S3Operation.PUT_OBJECT))),
                // The manifest is written, then deleting the old attempt fails: the run still succeeds, complete
                // and visible; the old attempt is left for the next publish to remove.
                Arguments.of("every delete throttled", FaultPlan.seeded(18).withSlowDowns(1.0)
                        .onlyFor(Set.of(S3Operation.DELETE_OBJECT, S3Operation.MULTI_DELETE))),
                Arguments.of("every connection reset", FaultPlan.seeded(19).withResets(1.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void rerunIsWholeOrFailsLeavingACompleteRun(String name, FaultPlan plan) throws Exception {
        String prefix = "faults-" + Slug.of(name) + "/";
        HadoopStoreFiles files = store(prefix);
        proxy.plan(FaultPlan.none());
        firstRun(files);
        proxy.clear();

        proxy.plan(plan);
        long started = System.nanoTime();
        Exception failure = null;
        try {
            rerun(files);
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            proxy.plan(FaultPlan.none());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<S3Request> log = proxy.requests();
        Map<Fault, Long> faults = proxy.faultCounts();

        // The plan did act (a seed that happened to inject nothing would prove nothing).
        assertThat(log).anyMatch(r -> r.fault() != Fault.NONE);

        Map<String, String> now = S3TestStores.snapshot(server, prefix);
        if (failure == null) {
            // The new run is published whole. Only older attempts a failed clean-up could not remove may remain
            // beside it: no reader looks at them, and the next publish of the date removes them.
            assertCompleteRun(now);
            assertThat(RunManifest.fromJson("m", now.get(StoreLayout.manifest(DAY)).getBytes()).attempt())
                    .isEqualTo("a2");
            assertThat(now).containsAllEntriesOf(afterRerun);
            assertThat(now.keySet()).allMatch(k -> afterRerun.containsKey(k)
                    || k.startsWith(StoreLayout.attemptsPrefix(DAY) + "a1/"));
        } else {
            assertThat(failure.getMessage()).as("a failure names what failed").isNotBlank();
            assertCompleteRun(now);
            // And the store can still be read through S3A like the dashboard would.
            RunManifest m = new TrendStore(store(prefix)).manifest(DAY).orElseThrow();
            assertThat(m.attempt()).isIn("a1", "a2");
        }
        assertThat(log).extracting(S3Request::operation).doesNotContain(S3Operation.COPY_OBJECT,
                S3Operation.UPLOAD_PART_COPY);
        long faulted = log.stream().filter(r -> r.fault() != Fault.NONE && r.fault() != Fault.DELAYED).count();
        long lists = log.stream().filter(r -> r.operation() == S3Operation.LIST_V2 && r.status() == 200).count();
        // A retry may repeat a listing, nothing else adds one.
        assertThat(lists).isLessThanOrEqualTo(cleanRerunLists + faulted);

        if (failure != null) {
            // Running the same attempt again once S3 behaves converges on the clean result, stale files included.
            rerun(store(prefix));
            assertThat(S3TestStores.snapshot(server, prefix)).isEqualTo(afterRerun);
        }

        System.out.printf("FAULTS %-45s %-8s requests=%d faults=%s lists=%d (clean %d) %d ms%s%n", name,
                failure == null ? "success" : "FAILED", log.size(), faults, lists, cleanRerunLists,
                millis, failure == null ? "" : " -> " + failure.getClass().getSimpleName() + ": "
                        + firstLine(failure.getMessage()));
    }

    /** The store holds one manifest, and every file it lists is there with a clean run's bytes. */
    private static void assertCompleteRun(Map<String, String> store) {
        String manifestKey = StoreLayout.manifest(DAY);
        assertThat(store).containsKey(manifestKey);
        RunManifest m = RunManifest.fromJson(manifestKey, store.get(manifestKey).getBytes());
        Map<String, String> expected = m.attempt().equals("a1") ? afterFirstRun : afterRerun;
        assertThat(store.get(manifestKey)).isEqualTo(expected.get(manifestKey));
        for (String f : m.files()) {
            String key = StoreLayout.attemptsPrefix(DAY) + m.attempt() + "/" + f;
            assertThat(store.get(key)).as(key).isEqualTo(expected.get(key));
        }
    }

    static void firstRun(HadoopStoreFiles files) throws IOException {
        RunPublisher.Attempt a = new RunPublisher(files).begin(DAY, "a1");
        a.writeTrends(trends(TERMS.subList(0, 2)));
        a.publish(manifest(2));
    }

    /** A re-run with more trends and two plots per trend: 21 files, then the manifest. */
    static void rerun(HadoopStoreFiles files) throws IOException {
        RunPublisher.Attempt a = new RunPublisher(files).begin(DAY, "a2");
        a.writeTrends(trends(TERMS));
        for (String term : TERMS) {
            String slug = Slug.of(term);
            a.writePlot(slug, Plot.HISTORY, CsvTable.builder(Plot.HISTORY.columns())
                    .row("2018-02", 90, term.length(), term.length() / 90.0)
                    .row("2018-03", 100, 2 * term.length(), term.length() / 50.0).build(), Map.of("x", "period"));
            a.writePlot(slug, Plot.BY_STATE, CsvTable.builder(Plot.BY_STATE.columns())
                    .row("CA", 50, 5, 0.1, 1.5).row("TX", 40, 2, 0.05, 0.75).build(), null);
        }
        a.publish(manifest(TERMS.size()));
    }

    static CsvTable trends(List<String> terms) {
        CsvTable.Builder b = CsvTable.builder(TrendColumns.REQUIRED);
        for (int i = 0; i < terms.size(); i++) {
            b.row(i + 1, terms.get(i), Slug.of(terms.get(i)), 9.5 - i, 40 - i, 0.02, 0.005, 4.0);
        }
        return b.build();
    }

    static RunManifest manifest(int trends) {
        return new RunManifest(RunManifest.SCHEMA_VERSION, DAY.toString(), null, "2026-01-01T00:00:00Z", "test",
                "default", Map.of("topK", 25), Map.of(), null, trends, List.of(), Map.of(), List.of());
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
