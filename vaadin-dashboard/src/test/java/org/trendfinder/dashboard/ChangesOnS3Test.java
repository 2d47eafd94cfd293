package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.dashboard.changes.ChangesService;
import org.trendfinder.dashboard.changes.RunChanges;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.store.S3StoreFiles;
import org.trendfinder.dashboard.trends.TrendService;
import org.trendfinder.store.Plot;
import org.trendfinder.store.TrendStore;
import org.trendfinder.store.testing.S3ProxyServer;

/** The changes read only the store: three runs published to a real S3 API server (S3Proxy) and compared from it. */
class ChangesOnS3Test {

    @TempDir
    Path dir;

    @Test
    void comparesRunsReadFromS3() throws Exception {
        try (S3ProxyServer s3 = S3ProxyServer.start(dir)) {
            S3StoreFiles files = new S3StoreFiles(s3.client(), s3.bucket(), "store");
            TestStore store = new TestStore(files);
            EnumSet<Plot> noPlots = EnumSet.allOf(Plot.class);
            store.run(ChangesServiceTest.D1, List.of("alpha", "beta", "gamma"), noPlots);
            store.run(ChangesServiceTest.D2, List.of("beta", "alpha", "delta"), noPlots);
            store.run(ChangesServiceTest.D3, List.of("delta", "epsilon"), noPlots);
            ChangesService service = new ChangesService(new TrendService(
                    new RunCatalog(new TrendStore(files), 1000, Clock.systemUTC())));

            RunChanges third = ((ChangesService.Outcome.Compared) service.changes(ChangesServiceTest.D3)).changes();
            assertThat(third.previous()).contains(ChangesServiceTest.D2);
            assertThat(third.added()).extracting(RunChanges.Entry::slug).containsExactly("epsilon");
            assertThat(third.continuing()).extracting(RunChanges.Entry::slug).containsExactly("delta");
            assertThat(third.dropped()).extracting(RunChanges.Entry::slug).containsExactly("beta", "alpha");
            assertThat(service.runsReporting("delta")).containsExactly(ChangesServiceTest.D2, ChangesServiceTest.D3);
            assertThat(service.previous(LocalDate.of(2018, 1, 1))).isEmpty();
        }
    }
}
