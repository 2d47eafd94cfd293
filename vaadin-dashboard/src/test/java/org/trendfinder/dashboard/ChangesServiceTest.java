package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.dashboard.changes.ChangesService;
import org.trendfinder.dashboard.changes.RunChanges;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.trends.TrendService;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.Plot;
import org.trendfinder.store.TrendStore;

/** Run-to-run changes over three runs of a real store (RunPublisher's files, read through the catalog). */
class ChangesServiceTest {

    static final LocalDate D1 = LocalDate.of(2018, 2, 28);
    static final LocalDate D2 = LocalDate.of(2018, 3, 14);
    static final LocalDate D3 = LocalDate.of(2018, 3, 28);

    @TempDir
    static Path root;
    static ChangesService service;

    @BeforeAll
    static void threeRuns() throws Exception {
        TestStore store = new TestStore(root);
        EnumSet<Plot> noPlots = EnumSet.allOf(Plot.class);
        store.run(D1, List.of("alpha", "beta", "gamma"), noPlots);
        store.run(D2, List.of("beta", "alpha", "delta"), noPlots);
        store.run(D3, List.of("delta", "epsilon"), noPlots);
        RunCatalog catalog = new RunCatalog(new TrendStore(new LocalStoreFiles(root)), 1000, Clock.systemUTC());
        service = new ChangesService(new TrendService(catalog));
    }

    private static RunChanges changes(LocalDate date) {
        return ((ChangesService.Outcome.Compared) service.changes(date)).changes();
    }

    private static RunChanges.Entry entry(String name, Integer before, Integer now) {
        return new RunChanges.Entry(name, name, before == null ? OptionalInt.empty() : OptionalInt.of(before),
                now == null ? OptionalInt.empty() : OptionalInt.of(now));
    }

    @Test
    void comparesEachRunWithThePreviousOne() {
        RunChanges second = changes(D2);
        assertThat(second.previous()).contains(D1);
        assertThat(second.added()).containsExactly(entry("delta", null, 3));
        assertThat(second.continuing()).containsExactly(entry("beta", 2, 1), entry("alpha", 1, 2));
        assertThat(second.continuing()).extracting(RunChanges.Entry::climbed).containsExactly(1, -1);
        assertThat(second.dropped()).containsExactly(entry("gamma", 3, null));

        RunChanges third = changes(D3);
        assertThat(third.previous()).contains(D2);
        assertThat(third.added()).containsExactly(entry("epsilon", null, 2));
        assertThat(third.continuing()).containsExactly(entry("delta", 3, 1));
        assertThat(third.dropped()).containsExactly(entry("beta", 1, null), entry("alpha", 2, null));
    }

    @Test
    void theFirstRunHasEverythingNewAndAnUnknownRunNothing() {
        RunChanges first = changes(D1);
        assertThat(first.previous()).isEmpty();
        assertThat(first.added()).hasSize(3);
        assertThat(first.continuing()).isEmpty();
        assertThat(service.changes(LocalDate.of(2018, 3, 1))).isInstanceOf(ChangesService.Outcome.NoRun.class);
        assertThat(service.previous(D3)).isEqualTo(Optional.of(D2));
    }

    @Test
    void findsEveryRunThatReportedATrend() {
        assertThat(service.runsReporting("delta")).containsExactly(D2, D3);
        assertThat(service.runsReporting("alpha")).containsExactly(D1, D2);
        assertThat(service.runsReporting("nowhere")).isEmpty();
    }
}
