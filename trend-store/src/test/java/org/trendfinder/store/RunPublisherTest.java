package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPublisherTest {

    private static final LocalDate DAY = LocalDate.of(2018, 3, 14);

    @TempDir
    Path dir;

    private static CsvTable trends(String term) {
        return CsvTable.builder(TrendColumns.REQUIRED)
                .row(1, term, Slug.of(term), 9.5, 40, 0.02, 0.005, 4.0).build();
    }

    private static RunManifest manifest() {
        return new RunManifest(RunManifest.SCHEMA_VERSION, DAY.toString(), null, "2026-01-01T00:00:00Z", "test",
                "default", Map.of("topK", 25), Map.of("current", new RunManifest.Window("2018-03-01", "2018-03-14",
                "current window")), new RunManifest.Input("in", "csv", Map.of("Projects.csv", 10L),
                Map.of("bad_date", 1L), List.of(new RunManifest.RejectedRow("Projects.csv", 7, "Project Posted Date",
                "bad_date", "yesterday")), 9), 1, List.of(), Map.of("total", 5L), List.of());
    }

    @Test
    void runIsInvisibleUntilPublishedThenReadable() throws Exception {
        LocalStoreFiles files = new LocalStoreFiles(dir);
        TrendStore store = new TrendStore(files);
        RunPublisher.Attempt attempt = new RunPublisher(files).begin(DAY);
        attempt.writeTrends(trends("flexible seating"));
        attempt.writePlot("flexible-seating", Plot.HISTORY,
                CsvTable.builder(Plot.HISTORY.columns()).row("2018-03", 100, 4, 0.04).build(), Map.of("x", "period"));

        assertThat(store.candidateRunDates()).containsExactly(DAY);
        assertThat(store.manifest(DAY)).isEmpty();

        RunManifest published = attempt.publish(manifest());
        RunManifest read = store.manifest(DAY).orElseThrow();
        assertThat(read).isEqualTo(published);
        assertThat(read.attempt()).isEqualTo(attempt.id());
        assertThat(read.files()).containsExactly("df.csv", "flexible-seating/history/df.csv",
                "flexible-seating/history/kwargs.json");
        assertThat(read.input().rejectedSamples().get(0).field()).isEqualTo("Project Posted Date");

        PlotData trendsData = store.trends(read);
        assertThat(trendsData).isInstanceOf(PlotData.Available.class);
        assertThat(((PlotData.Available) trendsData).table().cell(0, "trend")).isEqualTo("flexible seating");
        PlotData.Available history = (PlotData.Available) store.plot(read, "flexible-seating", Plot.HISTORY);
        assertThat(history.table().number(0, "share")).hasValue(0.04);
        assertThat(history.kwargs().orElseThrow().get("x").asText()).isEqualTo("period");
        assertThat(store.plot(read, "flexible-seating", Plot.BY_STATE)).isInstanceOf(PlotData.Missing.class);
    }

    @Test
    void rerunSwitchesAtomicallyAndCleansTheOldAttempt() throws Exception {
        LocalStoreFiles files = new LocalStoreFiles(dir);
        TrendStore store = new TrendStore(files);
        RunPublisher publisher = new RunPublisher(files);
        RunPublisher.Attempt first = publisher.begin(DAY, "a1");
        first.writeTrends(trends("insect"));
        first.publish(manifest());

        RunPublisher.Attempt second = publisher.begin(DAY, "a2");
        second.writeTrends(trends("robot"));
        // while the second attempt is being written, readers still see the first, whole
        RunManifest during = store.manifest(DAY).orElseThrow();
        assertThat(((PlotData.Available) store.trends(during)).table().cell(0, "trend")).isEqualTo("insect");

        second.publish(manifest());
        RunManifest after = store.manifest(DAY).orElseThrow();
        assertThat(((PlotData.Available) store.trends(after)).table().cell(0, "trend")).isEqualTo("robot");
        assertThat(Files.exists(dir.resolve("2018-03-14/_attempts/a1"))).isFalse();
        assertThat(Files.exists(dir.resolve("2018-03-14/_attempts/a2/df.csv"))).isTrue();
    }

    @Test
    void corruptFilesAreReportedNotThrown() throws Exception {
        LocalStoreFiles files = new LocalStoreFiles(dir);
        RunPublisher.Attempt attempt = new RunPublisher(files).begin(DAY, "a1");
        attempt.writeTrends(trends("insect"));
        RunManifest m = attempt.publish(manifest());
        Files.createDirectories(dir.resolve("2018-03-14/_attempts/a1/insect/history"));
        Files.writeString(dir.resolve("2018-03-14/_attempts/a1/insect/history/df.csv"), "period,projects\r\n1\r\n",
                StandardCharsets.UTF_8);
        PlotData data = new TrendStore(files).plot(m, "insect", Plot.HISTORY);
        assertThat(data).isInstanceOf(PlotData.Unreadable.class);
        assertThat(((PlotData.Unreadable) data).reason()).contains("row 2");
    }

    @Test
    void legacyLayoutWithoutAttemptIsRead() throws Exception {
        Files.createDirectories(dir.resolve("2018-03-14"));
        Files.write(dir.resolve("2018-03-14/df.csv"), CsvCodec.write(trends("insect")));
        Files.write(dir.resolve("2018-03-14/_manifest.json"), manifest().toJson());
        TrendStore store = new TrendStore(new LocalStoreFiles(dir));
        RunManifest m = store.manifest(DAY).orElseThrow();
        assertThat(m.attemptId()).isEmpty();
        assertThat(store.trends(m)).isInstanceOf(PlotData.Available.class);
    }

    @Test
    void refusesPlotsWithWrongColumnsAndKeysOutsideTheStore() {
        LocalStoreFiles files = new LocalStoreFiles(dir);
        RunPublisher.Attempt attempt = new RunPublisher(files).begin(DAY, "a1");
        assertThatThrownBy(() -> attempt.writePlot("insect", Plot.HISTORY, CsvTable.builder("x").row(1).build(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
        assertThatThrownBy(() -> files.read("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoreLayout.parseRunDate("2018-02-30")).isEmpty();
        assertThat(StoreLayout.parseRunDate("../2018")).isEmpty();
    }
}
