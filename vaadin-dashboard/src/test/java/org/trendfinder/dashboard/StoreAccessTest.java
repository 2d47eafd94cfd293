package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.trendfinder.dashboard.store.DashboardProperties;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.store.S3StoreFiles;
import org.trendfinder.dashboard.store.StoreLocation;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.StoreFiles;
import org.trendfinder.store.TrendStore;

class StoreAccessTest {

    @TempDir
    Path dir;

    private static DashboardProperties props(String store, String endpoint) {
        return new DashboardProperties(store, new DashboardProperties.S3("us-east-1",
                endpoint == null ? null : URI.create(endpoint), true), Duration.ofMinutes(5),
                new DashboardProperties.Cache(100));
    }

    @Test
    void storeLocationOpensLocalFoldersAndS3Prefixes() {
        assertThat(StoreLocation.open(props(dir.toUri().toString(), null))).isInstanceOf(LocalStoreFiles.class);
        assertThat(StoreLocation.open(props(dir.toString(), null)).describe()).isEqualTo(dir.toString());
        StoreFiles s3 = StoreLocation.open(props("s3://my-bucket/trends/weekly", "http://127.0.0.1:1"));
        assertThat(s3).isInstanceOf(S3StoreFiles.class);
        assertThat(s3.describe()).isEqualTo("s3://my-bucket/trends/weekly/");
    }

    @Test
    void newRunsAppearOnRefreshWithoutRestart() throws Exception {
        TestStore store = new TestStore(dir);
        store.run(LocalDate.of(2018, 3, 7), 2);
        RunCatalog catalog = store.catalog(100);
        assertThat(catalog.runDates()).containsExactly(LocalDate.of(2018, 3, 7));
        store.run(LocalDate.of(2018, 3, 14), 2);
        assertThat(catalog.runDates()).hasSize(1);
        catalog.refresh();
        assertThat(catalog.runDates()).containsExactly(LocalDate.of(2018, 3, 14), LocalDate.of(2018, 3, 7));
        catalog.destroy();
    }

    @Test
    void rePublishedRunIsReadFromItsNewAttempt() throws Exception {
        TestStore store = new TestStore(dir);
        LocalDate date = LocalDate.of(2018, 3, 14);
        store.run(date, 2);
        RunCatalog catalog = store.catalog(100);
        assertThat(((PlotData.Available) catalog.trends(date)).table().size()).isEqualTo(2);
        store.run(date, 3);
        catalog.refresh();
        assertThat(((PlotData.Available) catalog.trends(date)).table().size()).isEqualTo(3);
        catalog.destroy();
    }

    @Test
    void cacheIsBoundedWhateverTheNumberOfRuns() throws Exception {
        TestStore store = new TestStore(dir);
        for (int i = 0; i < 12; i++) {
            store.run(LocalDate.of(2018, 1, 1).plusWeeks(i), 2);
        }
        RunCatalog catalog = store.catalog(20);
        for (LocalDate d : catalog.runDates()) {
            catalog.trends(d);
            for (Plot p : Plot.values()) {
                catalog.plot(d, "flexible-seating", p);
            }
        }
        assertThat(catalog.cachedEntries()).isLessThanOrEqualTo(20);
        catalog.destroy();
    }

    @Test
    void unreachableStoreKeepsServingTheCacheAndSaysSo() throws Exception {
        TestStore store = new TestStore(dir.resolve("store"));
        LocalDate date = LocalDate.of(2018, 3, 14);
        store.run(date, 2);
        FlakyFiles flaky = new FlakyFiles(store.files());
        RunCatalog catalog = new RunCatalog(new TrendStore(flaky), 100, Clock.systemUTC());
        catalog.plot(date, "flexible-seating", Plot.HISTORY);
        flaky.down = true;
        assertThat(catalog.refresh().reachable()).isFalse();
        assertThat(catalog.status().problem()).isPresent();
        assertThat(catalog.runDates()).containsExactly(date);
        assertThat(catalog.plot(date, "flexible-seating", Plot.HISTORY)).isInstanceOf(PlotData.Available.class);
        flaky.down = false;
        assertThat(catalog.refresh().reachable()).isTrue();
        catalog.destroy();
    }

    @Test
    void invalidSlugsNeverReachTheStore() throws Exception {
        TestStore store = new TestStore(dir);
        LocalDate date = LocalDate.of(2018, 3, 14);
        store.run(date, 1);
        Files.writeString(dir.resolve("secret.csv"), "a\n1\n");
        RunCatalog catalog = store.catalog(100);
        for (String slug : new String[] {"..", "../..", "/etc", "a/../../x", "%2e%2e"}) {
            assertThat(catalog.plot(date, slug, Plot.HISTORY)).isInstanceOf(PlotData.Missing.class);
        }
        catalog.destroy();
    }

    @Test
    void badSettingStopsStartUpNamingIt() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DashboardApplication.class)
                .run("--spring.profiles.active=demo", "--trendfinder.store=" + dir, "--trendfinder.cache.max-entries=0", "--server.port=0").close())
                .hasStackTraceContaining("trendfinder.cache.maxEntries")
                .hasStackTraceContaining("must be greater than or equal to 10");
        assertThatThrownBy(() -> new SpringApplicationBuilder(DashboardApplication.class)
                .run("--spring.profiles.active=demo", "--trendfinder.store=" + dir, "--trendfinder.refresh-interval=0s", "--server.port=0").close())
                .hasStackTraceContaining("trendfinder.refreshInterval");
    }

    /** A store that can be switched off, like a bucket behind a broken network. */
    static final class FlakyFiles implements StoreFiles {
        private final StoreFiles inner;
        volatile boolean down;

        FlakyFiles(StoreFiles inner) {
            this.inner = inner;
        }

        private void check() throws java.io.IOException {
            if (down) {
                throw new java.io.IOException("connection refused");
            }
        }

        @Override
        public java.util.Optional<byte[]> read(String key) throws java.io.IOException {
            check();
            return inner.read(key);
        }

        @Override
        public void write(String key, byte[] bytes) throws java.io.IOException {
            check();
            inner.write(key, bytes);
        }

        @Override
        public java.util.List<String> children(String prefix) throws java.io.IOException {
            check();
            return inner.children(prefix);
        }

        @Override
        public void deleteAll(String prefix) throws java.io.IOException {
            check();
            inner.deleteAll(prefix);
        }

        @Override
        public String describe() {
            return "flaky:" + inner.describe();
        }
    }
}
