package org.trendfinder.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.RunPublisher;
import org.trendfinder.store.Slug;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendStore;
import org.trendfinder.store.testing.FaultProxy;
import org.trendfinder.store.testing.S3Operation;
import org.trendfinder.store.testing.S3Request;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store's publication protocol on a real S3 API (S3Proxy) through S3A, the way the job writes it on EMR:
 * every request passes a (fault-free here) {@link FaultProxy}, whose log shows what S3A sent.
 */
class HadoopStoreFilesS3Test extends ProxiedS3Test {

    static final LocalDate DAY = LocalDate.of(2018, 3, 14);

    @BeforeEach
    void clearLog() {
        proxy.clear();
    }

    static CsvTable trends(String... terms) {
        CsvTable.Builder b = CsvTable.builder(TrendColumns.REQUIRED);
        for (int i = 0; i < terms.length; i++) {
            b.row(i + 1, terms[i], Slug.of(terms[i]), 9.5 - i, 40 - i, 0.02, 0.005, 4.0);
        }
        return b.build();
    }

    static RunManifest manifest() {
        return new RunManifest(RunManifest.SCHEMA_VERSION, DAY.toString(), null, "2026-01-01T00:00:00Z", "test",
                "default", Map.of("topK", 25), Map.of(), null, 1, List.of(), Map.of(), List.of());
    }

    static String text(PlotData data, String column) {
        return ((PlotData.Available) data).table().cell(0, column);
    }

    @Test
    void publishesRepublishesAndReadsBackWithoutRenamingAnything() throws Exception {
        HadoopStoreFiles files = store("pub");
        TrendStore reader = new TrendStore(files);
        RunPublisher publisher = new RunPublisher(files);

        RunPublisher.Attempt first = publisher.begin(DAY, "a1");
        first.writeTrends(trends("insect"));
        first.writePlot("insect", Plot.HISTORY, CsvTable.builder(Plot.HISTORY.columns()).row("2018-03", 100, 4, 0.04).build(),
                Map.of("x", "period"));
        assertThat(reader.manifest(DAY)).isEmpty();
        first.publish(manifest());

        assertThat(reader.candidateRunDates()).containsExactly(DAY);
        RunManifest one = reader.manifest(DAY).orElseThrow();
        assertThat(one.attempt()).isEqualTo("a1");
        assertThat(one.files()).containsExactly("df.csv", "insect/history/df.csv", "insect/history/kwargs.json");
        assertThat(text(reader.trends(one), "trend")).isEqualTo("insect");
        PlotData.Available history = (PlotData.Available) reader.plot(one, "insect", Plot.HISTORY);
        assertThat(history.table().number(0, "share")).hasValue(0.04);
        assertThat(history.kwargs().orElseThrow().get("x").asText()).isEqualTo("period");

        RunPublisher.Attempt second = publisher.begin(DAY, "a2");
        second.writeTrends(trends("robot"));
        // While the second attempt is written, readers still get the first one, whole.
        assertThat(text(reader.trends(reader.manifest(DAY).orElseThrow()), "trend")).isEqualTo("insect");
        second.publish(manifest());

        RunManifest two = reader.manifest(DAY).orElseThrow();
        assertThat(two.attempt()).isEqualTo("a2");
        assertThat(text(reader.trends(two), "trend")).isEqualTo("robot");
        assertThat(S3TestStores.snapshot(server, "pub/")).containsOnlyKeys("2018-03-14/_manifest.json",
                "2018-03-14/_attempts/a2/df.csv");

        List<S3Request> log = proxy.requests();
        assertThat(log).extracting(S3Request::operation).doesNotContain(S3Operation.COPY_OBJECT,
                S3Operation.UPLOAD_PART_COPY, S3Operation.CREATE_MULTIPART);
        // Each data file is PUT once; only the manifest is written twice (once per publish).
        Map<String, Long> puts = putsPerKey(log);
        assertThat(puts).containsEntry("pub/2018-03-14/_manifest.json", 2L);
        puts.forEach((key, n) -> {
            if (!key.endsWith("_manifest.json")) {
                assertThat(n).as(key).isEqualTo(1L);
            }
        });
        System.out.println("publish/republish requests:\n" + summary(log));
    }

    /** A run writes hundreds of small files: each must cost one PUT, with no LIST or HEAD probe before it. */
    @Test
    void writingAFileIsOnePutAndNothingElse() throws Exception {
        HadoopStoreFiles files = store("one-put");
        proxy.clear();
        files.write("2018-03-14/_attempts/a1/insect/history/df.csv", "a,b\n1,2\n".getBytes());
        files.write("2018-03-14/_manifest.json", "{}".getBytes());
        // Overwriting (the manifest on a re-run) is the same single PUT.
        files.write("2018-03-14/_manifest.json", "{\"runDate\":\"2018-03-14\"}".getBytes());

        assertThat(proxy.requests()).extracting(S3Request::operation).containsExactly(S3Operation.PUT_OBJECT,
                S3Operation.PUT_OBJECT, S3Operation.PUT_OBJECT);
        assertThat(new String(files.read("2018-03-14/_manifest.json").orElseThrow()))
                .isEqualTo("{\"runDate\":\"2018-03-14\"}");
        assertThat(files.children("2018-03-14/_attempts/a1/insect")).containsExactly("history");
    }

    @Test
    void directoryMarkersAreNotChildrenAndDoNotBreakPublication() throws Exception {
        S3Client s3 = server.client();
        String bucket = server.bucket();
        for (String marker : List.of("mk/", "mk/empty/", "mk/2018-03-14/", "mk/2018-03-14/_attempts/")) {
            s3.putObject(b -> b.bucket(bucket).key(marker), RequestBody.empty());
        }
        s3.putObject(b -> b.bucket(bucket).key("mk/notes.txt"), RequestBody.fromString("hello"));
        HadoopStoreFiles files = store("mk");

        assertThat(files.children("")).containsExactly("2018-03-14", "empty", "notes.txt");
        assertThat(files.children("empty/")).isEmpty();
        assertThat(files.children("2018-03-14/_attempts/")).isEmpty();

        // The marker on _attempts/ must not be taken for an old attempt (deleting "" would delete them all).
        RunPublisher.Attempt attempt = new RunPublisher(files).begin(DAY, "a1");
        attempt.writeTrends(trends("insect"));
        attempt.publish(manifest());
        TrendStore reader = new TrendStore(files);
        assertThat(reader.candidateRunDates()).containsExactly(DAY);
        assertThat(text(reader.trends(reader.manifest(DAY).orElseThrow()), "trend")).isEqualTo("insect");
        assertThat(files.children("2018-03-14/_attempts/")).containsExactly("a1");
    }

    @Test
    void listingsPageThroughMoreThanAThousandKeys() throws Exception {
        int n = 1205;
        S3Client s3 = server.client();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String key = String.format("big/k-%04d.csv", i);
                puts.add(pool.submit(() -> s3.putObject(b -> b.bucket(server.bucket()).key(key), RequestBody.fromString("x"))));
            }
            for (Future<?> f : puts) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        proxy.clear();

        List<String> children = store("big").children("");

        assertThat(children).hasSize(n).isSorted()
                .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(i -> String.format("k-%04d.csv", i)).toList());
        List<S3Request> lists = proxy.requests(S3Operation.LIST_V2);
        System.out.println("listing 1205 keys:\n" + summary(proxy.requests()));
        // S3 returns at most 1000 keys a page: exactly two pages, the second continuing the first.
        assertThat(lists).hasSize(2);
        assertThat(lists.get(0).params()).containsEntry("prefix", "big/").containsEntry("delimiter", "/")
                .doesNotContainKey("continuation-token");
        assertThat(lists.get(1).params()).containsKey("continuation-token");
    }

    static Map<String, Long> putsPerKey(List<S3Request> log) {
        Map<String, Long> puts = new java.util.TreeMap<>();
        log.stream().filter(r -> r.operation() == S3Operation.PUT_OBJECT && r.status() == 200)
                .forEach(r -> puts.merge(r.key(), 1L, Long::sum));
        return puts;
    }

    static String summary(List<S3Request> log) {
        StringBuilder s = new StringBuilder();
        log.forEach(r -> s.append("  ").append(r).append('\n'));
        return s.toString();
    }
}
