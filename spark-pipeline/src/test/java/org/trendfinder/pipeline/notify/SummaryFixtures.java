package org.trendfinder.pipeline.notify;

import java.util.List;
import java.util.Map;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendColumns;

/** Hand-made manifests, trend tables and settings for the mail tests. */
final class SummaryFixtures {

    static final String XSS = "<img src=x onerror=alert(1)>";

    private SummaryFixtures() {
    }

    static RunManifest manifest(String runDate, int trends, Map<String, Long> rowsRead,
                                Map<String, Long> rowsRejected, long projectsUsed) {
        return new RunManifest(RunManifest.SCHEMA_VERSION, runDate, null, "2018-03-14T06:00:00Z", "test", "default",
                Map.of(), Map.of(), new RunManifest.Input("s3://bucket/in", "csv", rowsRead, rowsRejected, List.of(),
                projectsUsed), trends, List.of("df.csv"), Map.of(), List.of());
    }

    /** Three trends, best first, with an extra column a writer may append. */
    static CsvTable trendTable() {
        List<String> header = new java.util.ArrayList<>(TrendColumns.REQUIRED);
        header.add("p_value");
        return CsvTable.builder(header)
                .row(1, "flexible seating", "flexible-seating", 12.3456, 120, 0.125, 0.025, 5.0, 0.001)
                .row(2, XSS, "img-src-x-onerror-alert-1", 7.5, 12, 0.0004, 0.0001, 4.0, 0.01)
                .row(3, "brand new", "brand-new", 3.0, 7, 0.01, 0.0, null, 0.02)
                .build();
    }

    static MailSettings settings(String dashboardUrl, int topTrends) {
        return new MailSettings("127.0.0.1", 2525, false, null, "trendfinder@example.org",
                List.of("analyst@example.org"), dashboardUrl, topTrends);
    }
}
