package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.dashboard.runs.RunService;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.store.RunManifest;

class RunServiceTest {

    @TempDir
    Path dir;

    @Test
    void listsTheRunsNewestFirstAndSeesNewOnesOnlyWhenAskedToRefresh() throws Exception {
        TestStore store = new TestStore(dir);
        store.run(LocalDate.of(2018, 3, 7), 2);
        RunCatalog catalog = store.catalog(100);
        RunService runs = new RunService(catalog);
        store.run(LocalDate.of(2018, 3, 14), 3);

        RunService.RunList cached = runs.runs(false);
        assertThat(cached.manifests()).extracting(RunManifest::runDate).containsExactly("2018-03-07");
        assertThat(cached.status().reachable()).isTrue();

        RunService.RunList refreshed = runs.runs(true);
        assertThat(refreshed.manifests()).extracting(RunManifest::runDate).containsExactly("2018-03-14", "2018-03-07");
        assertThat(refreshed.manifests().get(0).trends()).isEqualTo(3);
        assertThat(runs.manifest(LocalDate.of(2018, 3, 14))).isPresent();
        assertThat(runs.manifest(LocalDate.of(2019, 1, 1))).isEmpty();
        catalog.destroy();
    }
}
