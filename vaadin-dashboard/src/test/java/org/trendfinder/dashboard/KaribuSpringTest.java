package org.trendfinder.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;
import org.trendfinder.dashboard.security.SecurityConfig;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;

/**
 * Karibu-Testing against the real Spring context over a store written with RunPublisher:
 * 2018-03-14 (10 trends with kinds, every plot; wobble-chairs' history corrupt) and 2018-03-07 (4 trends, an older
 * run without kinds, geographic splits, feature series and funding). The views run under the open demo profile:
 * login itself is tested over real HTTP ({@code SecurityTest}) and in the browser ({@code DashboardBrowserIT}).
 */
@SpringBootTest
@ActiveProfiles(SecurityConfig.DEMO_PROFILE)
public abstract class KaribuSpringTest {

    public static final LocalDate NEW = LocalDate.of(2018, 3, 14);
    public static final LocalDate OLD = LocalDate.of(2018, 3, 7);
    static final Path STORE = createStore();

    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;

    private static Path createStore() {
        try {
            Path root = Files.createTempDirectory("trendfinder-ui-store");
            TestStore store = new TestStore(root);
            RunManifest latest = store.run(NEW, 10);
            store.corrupt(latest, "wobble-chairs", Plot.HISTORY);
            store.withoutKinds().run(OLD, 4, EnumSet.of(Plot.GEO_SPLITS, Plot.SPLIT_SHARES, Plot.FEATURE_SERIES,
                    Plot.FUNDING));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("trendfinder.store", () -> STORE.toUri().toString());
    }

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.trendfinder.dashboard");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected static void navigate(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
