package org.trendfinder.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.RunPublisher;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreFiles;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendStore;

/**
 * Writes small trend stores with the real {@link RunPublisher}, for tests, browser tests and the benchmark.
 * Values are simple functions of run, rank and period so tests can compute what a chart must show.
 */
public final class TestStore {

    public static final String XSS = "<img src=x onerror=alert(1)>";
    public static final List<String> NAMES = List.of("flexible seating", "wobble chairs", XSS, "stem kits",
            "hokki stools", "alternative seating", "chromebooks", "sensory tools", "math games", "robotics");
    public static final List<String> PERIODS = List.of("2017-04", "2017-05", "2017-06", "2017-07", "2017-08",
            "2017-09", "2017-10", "2017-11", "2017-12", "2018-01", "2018-02", "2018-03");

    private final StoreFiles files;
    private final boolean kinds;

    public TestStore(Path root) {
        this(new LocalStoreFiles(root));
    }

    /** A store anywhere, e.g. on S3 through {@code S3StoreFiles}. */
    public TestStore(StoreFiles files) {
        this(files, true);
    }

    private TestStore(StoreFiles files, boolean kinds) {
        this.files = files;
        this.kinds = kinds;
    }

    /**
     * The same store, writing runs as they were before detection v2: no {@code kind} and {@code also} columns,
     * no growth windows. Runs written by this store otherwise have them: rank 1, 4, ... surging (rank 1 with also
     * terms), rank 2, 5, ... growing, rank 3, 6, ... both.
     */
    public TestStore withoutKinds() {
        return new TestStore(files, false);
    }

    public StoreFiles files() {
        return files;
    }

    /** The dashboard's catalog over this store, caching at most {@code maxEntries} files (destroy it after use). */
    public RunCatalog catalog(int maxEntries) {
        return new RunCatalog(new TrendStore(files), maxEntries, Clock.systemUTC());
    }

    /** A run with {@code trends} trends (names cycle, numbered past the list) and every plot except {@code skip}. */
    public RunManifest run(LocalDate date, int trends, Set<Plot> skip) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < trends; i++) {
            names.add(name(i));
        }
        return run(date, names, skip);
    }

    /** A run reporting {@code names} in this order of rank, with every plot except {@code skip}. */
    public RunManifest run(LocalDate date, List<String> names, Set<Plot> skip) throws IOException {
        RunPublisher.Attempt attempt = new RunPublisher(files).begin(date);
        List<String> header = new ArrayList<>(List.of("rank", "trend", "slug", "score", "current_projects",
                "current_share", "baseline_share", "lift", "p_value"));
        if (kinds) {
            header.addAll(List.of(TrendColumns.KIND, TrendColumns.ALSO));
        }
        CsvTable.Builder table = CsvTable.builder(header);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int rank = i + 1;
            double current = 0.02 / rank;
            double baseline = 0.004 / rank;
            List<Object> row = new ArrayList<>(List.of(rank, name, Slug.of(name), 100.0 / rank, 500 / rank, current,
                    baseline, current / baseline, 0.001));
            if (kinds) {
                row.add(List.of("surging", "growing", "surging+growing").get(i % 3));
                row.add(rank == 1 ? "wobble stools; hokki" : "");
            }
            table.row(row);
            writePlots(attempt, Slug.of(name), rank, skip);
        }
        attempt.writeTrends(table.build());
        RunManifest m = manifest(date, names.size());
        if (kinds) {
            Map<String, RunManifest.Window> windows = new java.util.LinkedHashMap<>(m.windows());
            windows.put(TrendColumns.GROWTH_CURRENT_WINDOW, new RunManifest.Window("2018-01-01", "2018-03-14",
                    "the recent weeks"));
            windows.put(TrendColumns.GROWTH_BASELINE_WINDOW, new RunManifest.Window("2017-05-01", "2017-07-14",
                    "the same weeks a year earlier"));
            m = new RunManifest(m.schemaVersion(), m.runDate(), m.attempt(), m.createdAt(), m.pipelineVersion(),
                    m.mode(), m.parameters(), windows, m.input(), m.trends(), m.files(), m.timingsMillis(), m.notes());
        }
        return attempt.publish(m);
    }

    public RunManifest run(LocalDate date, int trends) throws IOException {
        return run(date, trends, EnumSet.noneOf(Plot.class));
    }

    /** Replaces a published plot file with bytes that are not a valid CSV of it. */
    public void corrupt(RunManifest run, String slug, Plot plot) throws IOException {
        String root = StoreLayout.runRoot(LocalDate.parse(run.runDate()), run.attemptId());
        files.write(StoreLayout.plotData(root, slug, plot), "\"unterminated,quote\nx".getBytes());
    }

    public static String name(int i) {
        return i < NAMES.size() ? NAMES.get(i) : NAMES.get(i % NAMES.size()) + " " + (i / NAMES.size() + 1);
    }

    private static void writePlots(RunPublisher.Attempt a, String slug, int rank, Set<Plot> skip) throws IOException {
        for (Plot plot : Plot.values()) {
            if (!skip.contains(plot)) {
                a.writePlot(slug, plot, table(plot, rank), Map.of("title", plot.folder()));
            }
        }
    }

    /** Plot tables: {@code history} has trend_projects = (period index + 1) * 10 / rank and share = that / 1000. */
    static CsvTable table(Plot plot, int rank) {
        CsvTable.Builder b = CsvTable.builder(plot.columns());
        switch (plot) {
            case HISTORY -> {
                for (int p = 0; p < PERIODS.size(); p++) {
                    double n = (p + 1) * 10.0 / rank;
                    b.row(PERIODS.get(p), 1000, n, n / 1000);
                }
            }
            case BY_STATE -> {
                String[] states = {"CA", "TX", "NY", "FL", "IL", "AK", "HI", "WA"};
                for (int s = 0; s < states.length; s++) {
                    b.row(states[s], 1000 + s * 100, 10 + s * 3, (10.0 + s * 3) / (1000 + s * 100), 0.6 + s * 0.15);
                }
            }
            case BY_POVERTY -> categories(b, "low", "moderate", "high", "highest", "unknown");
            case BY_METRO -> categories(b, "urban", "suburban", "rural", "town", "Unknown");
            case BY_GRADE -> categories(b, "PreK-2", "3-5", "6-8", "9-12");
            case BY_SUBJECT -> categories(b, "Literacy", "Math & Science", "Music & Arts", "Special Needs", "Sports");
            case BY_RESOURCE -> categories(b, "Supplies", "Technology", "Books", "Other");
            case BY_PREFIX -> categories(b, "Mrs.", "Ms.", "Mr.", "Teacher");
            case CO_OCCURRENCES -> {
                // term, projects, term_projects, trend_projects, window_projects, lift, log_likelihood
                b.row("wiggle", 40, 50, 150, 1000, 40 * 1000.0 / (150 * 50), 95.5);
                b.row("focus", 60, 200, 150, 1000, 60 * 1000.0 / (150 * 200), 60.25);
                b.row("classroom", 120, 900, 150, 1000, 120 * 1000.0 / (150 * 900), 0.5);
            }
            case EXAMPLES -> {
                b.row("p001", "Wiggle while we work", "CA", "2018-03-01", "funded", 420.5);
                b.row("p002", "Seats for " + XSS, "TX", "2018-03-05", "live", 199);
            }
            case COMPOSITION_POVERTY, COMPOSITION_GRADE, COMPOSITION_METRO, COMPOSITION_SUBJECT -> {
                for (int p = 0; p < PERIODS.size(); p++) {
                    b.row(PERIODS.get(p), "A", 10 + p);
                    b.row(PERIODS.get(p), "B", 30 - p);
                    b.row(PERIODS.get(p), "C", 5);
                }
            }
            case DIVERGING_FEATURES -> {
                for (int p = 0; p < PERIODS.size(); p++) {
                    b.row(PERIODS.get(p), "title length", 0.01 * p);
                    b.row(PERIODS.get(p), "cost", -0.005 * p);
                }
            }
            case CORRELATED_FEATURES -> {
                b.row("wobble", 0.92, 0.0001, 12);
                b.row("stools", 0.71, 0.01, 12);
            }
            case FEATURE_SERIES -> {
                for (String f : List.of("wobble", "stools")) {
                    for (int p = 0; p < PERIODS.size(); p++) {
                        b.row(PERIODS.get(p), f, (p + 1) * 10.0 / rank, f.equals("wobble") ? 5 * p : 40 - p);
                    }
                }
            }
            case GEO_SPLITS -> {
                b.row("West", "rising", 300, 200, 0.6);
                b.row("South", "falling", 150, 350, 0.3);
            }
            case SPLIT_SHARES -> {
                for (String split : List.of("West", "South")) {
                    for (int p = 0; p < PERIODS.size(); p++) {
                        double base = split.equals("West") ? 0.5 : 0.3;
                        b.row(PERIODS.get(p), split, 10 + p, 20 - p, base + 0.01 * p, base + 0.011 * p,
                                base + 0.013 * p, base + 0.016 * p, base + 0.02 * p, base);
                    }
                }
            }
            case FUNDING -> {
                for (String g : List.of("trend", "other")) {
                    for (int p = 0; p < PERIODS.size(); p++) {
                        // the last two months are still open: no rate, no days to funded
                        boolean open = p >= PERIODS.size() - 2;
                        b.row(PERIODS.get(p), g, 1000 + p, open ? null : g.equals("trend") ? 0.7 + 0.01 * p : 0.6,
                                350 + p, open ? null : 20 - p, open);
                    }
                }
            }
            default -> throw new IllegalStateException("no fixture for " + plot);
        }
        return b.build();
    }

    private static void categories(CsvTable.Builder b, String... names) {
        for (int i = 0; i < names.length; i++) {
            b.row(names[i], 1000 + 100 * i, 20 + 5 * i, (20.0 + 5 * i) / (1000 + 100 * i), 0.7 + 0.2 * i);
        }
    }

    static RunManifest manifest(LocalDate date, int trends) {
        Map<String, Long> read = Map.of("projects.csv", 1200L, "resources.csv", 5000L);
        Map<String, Long> rejected = Map.of("bad date", 3L, "missing state", 1L);
        List<RunManifest.RejectedRow> samples = new ArrayList<>();
        samples.add(new RunManifest.RejectedRow("projects.csv", 17, "posted_date", "bad date", "2017-13-45"));
        return new RunManifest(RunManifest.SCHEMA_VERSION, date.toString(), null, date + "T06:00:00Z", "1.0.0-test",
                "default", Map.of("min_projects", 20, "alpha", 0.01),
                Map.of("current", new RunManifest.Window(date.minusMonths(1).toString(), date.toString(), "recent month"),
                        "baseline", new RunManifest.Window(date.minusYears(1).toString(), date.minusMonths(1).toString(),
                                "the year before")),
                new RunManifest.Input("s3://example/input", "csv", read, rejected, samples, 1196L),
                trends, List.of(), Map.of("read", 1200L, "detect", 800L), List.of("12 counties matched no metro area"));
    }

    /** Writes a demo store: {@code java ... TestStore <dir> [runs] [trends]}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/demo-store");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int trends = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        TestStore store = new TestStore(root);
        LocalDate last = LocalDate.of(2018, 3, 14);
        for (int i = 0; i < runs; i++) {
            store.run(last.minusWeeks(i), trends);
        }
        System.out.println("wrote " + runs + " runs x " + trends + " trends to " + root.toAbsolutePath());
    }
}
