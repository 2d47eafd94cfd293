package org.trendfinder.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.trendfinder.dashboard.runs.RunInfoView;
import org.trendfinder.dashboard.trends.TrendsView;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;

/**
 * Not a unit test: prints figures for a store of 100 runs x 25 trends (every plot), written with RunPublisher.
 * Run it with {@code ./mvnw -pl vaadin-dashboard -am test -Dgroups=benchmark -Dtest=DashboardBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dexcluded.groups=none}. Measures start-up of the Spring app,
 * the server-side time from navigation to a trend view with every panel's data read and built (cold: first
 * visit; cached: a revisit), and the heap after visiting every run's every trend view.
 * Targets: start <= 10 s, cached p95 <= 150 ms, heap <= 512 MB.
 */
@Tag("benchmark")
class DashboardBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 100);
    static final int TRENDS = Integer.getInteger("bench.trends", 25);

    @Test
    void benchmark() throws IOException {
        Path root = Path.of(System.getProperty("bench.store", "target/bench-store"));
        if (!Files.exists(root.resolve("2018-03-14/_manifest.json"))) {
            long t0 = System.nanoTime();
            TestStore store = new TestStore(root);
            for (int i = 0; i < RUNS; i++) {
                store.run(LocalDate.of(2018, 3, 14).minusWeeks(i), TRENDS);
            }
            System.out.printf(Locale.ROOT, "store: wrote %d runs x %d trends in %.1f s%n", RUNS, TRENDS,
                    (System.nanoTime() - t0) / 1e9);
        }

        long start = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DashboardApplication.class)
                .run("--server.port=0", "--spring.profiles.active=demo", "--trendfinder.store=" + root.toAbsolutePath());
        double startSeconds = (System.nanoTime() - start) / 1e9;
        try {
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("org.trendfinder.dashboard"),
                    app, uiFactory));
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                dates.add(LocalDate.of(2018, 3, 14).minusWeeks(i));
            }
            // cold: first visit of 200 random (run, trend) views
            Random random = new Random(42);
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                sample.add("runs/" + dates.get(random.nextInt(RUNS)) + "/trends/"
                        + org.trendfinder.store.Slug.of(TestStore.name(random.nextInt(TRENDS))));
            }
            double[] cold = time(sample.stream().distinct().toList());
            double[] cached = time(sample.stream().distinct().toList());

            // every view of every run
            for (LocalDate d : dates) {
                UI.getCurrent().navigate("runs/" + d + "/info");
                _get(RunInfoView.class);
                for (int t = 0; t < TRENDS; t++) {
                    UI.getCurrent().navigate("runs/" + d + "/trends/" + org.trendfinder.store.Slug.of(TestStore.name(t)));
                    roundtrip();
                }
                roundtrip();
            }
            UI.getCurrent().navigate("runs");
            UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", "seating"));
            roundtrip();
            MockVaadin.tearDown();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

            System.out.printf(Locale.ROOT, "start-up: %.2f s (target <= 10 s)%n", startSeconds);
            System.out.printf(Locale.ROOT, "trend view, cold:   n=%d p50=%.1f ms p95=%.1f ms%n", cold.length,
                    pct(cold, 50), pct(cold, 95));
            System.out.printf(Locale.ROOT, "trend view, cached: n=%d p50=%.1f ms p95=%.1f ms (target p95 <= 150 ms)%n",
                    cached.length, pct(cached, 50), pct(cached, 95));
            System.out.printf(Locale.ROOT, "heap after visiting %d trend views + %d run pages: %.0f MB (target <= 512 MB)%n",
                    RUNS * TRENDS, RUNS, heap / 1048576.0);
        } finally {
            app.close();
        }
    }

    private static double[] time(List<String> locations) {
        double[] ms = new double[locations.size()];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            UI.getCurrent().navigate(locations.get(i));
            _get(TrendsView.class);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            roundtrip();
        }
        return ms;
    }

    /**
     * What a browser's next request does on a real server: the pending executeJs calls (chart options) are
     * sent and dropped, and so are the state-tree changes. Karibu writes no responses, so without this both
     * pile up and keep every old view reachable (an artefact of the test harness, not of the app).
     */
    private static void roundtrip() {
        MockVaadin.clientRoundtrip();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
