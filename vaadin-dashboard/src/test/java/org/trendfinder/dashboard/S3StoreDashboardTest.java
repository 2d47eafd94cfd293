package org.trendfinder.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.store.S3StoreFiles;
import org.trendfinder.store.testing.S3ProxyServer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;

/**
 * The dashboard reading its store from a real S3 API server on loopback (S3Proxy in its own process), configured
 * only through its settings ({@code trendfinder.store=s3://...}, {@code trendfinder.s3.endpoint}, path style):
 * a run published while it is up appears without a restart, and when S3 goes away it keeps serving what it
 * has read and says that the store is unreachable.
 */
class S3StoreDashboardTest {

    private static final LocalDate FIRST = LocalDate.of(2018, 3, 7);
    private static final LocalDate SECOND = LocalDate.of(2018, 3, 14);

    @TempDir
    Path dir;

    private S3ProxyServer s3;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (s3 != null) {
            s3.close();
        }
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void runsPublishedToS3AppearWithoutRestartAndAnOutageKeepsTheCacheServing() throws Exception {
        s3 = S3ProxyServer.start(dir);
        // The publisher writes through the SDK, as the pipeline's S3 path does: attempt files first, manifest last.
        TestStore publisher = new TestStore(new S3StoreFiles(s3.client(), s3.bucket(), "store"));
        publisher.run(FIRST, 3);

        // The dashboard's S3 client takes credentials from the AWS default chain, as on an instance with a role.
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
        app = new SpringApplicationBuilder(DashboardApplication.class).run("--server.port=0",
                "--spring.profiles.active=demo",
                "--trendfinder.store=s3://" + s3.bucket() + "/store",
                "--trendfinder.s3.endpoint=" + s3.endpoint(),
                "--trendfinder.s3.path-style=true",
                "--trendfinder.s3.region=" + S3ProxyServer.REGION,
                "--trendfinder.refresh-interval=1s");
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/";
        RunCatalog catalog = app.getBean(RunCatalog.class);
        assertThat(catalog.runDates()).containsExactly(FIRST);
        assertThat(catalog.status().location()).isEqualTo("s3://" + s3.bucket() + "/store/");
        assertThat(get(base + "data/runs/" + SECOND + "/trends.csv").statusCode()).isEqualTo(404);

        // published while the dashboard is up: the next refresh tick finds it
        publisher.run(SECOND, 4);
        awaitTrue(() -> catalog.runDates().contains(SECOND), Duration.ofSeconds(20));
        assertThat(catalog.runDates()).containsExactly(SECOND, FIRST);
        HttpResponse<String> trends = get(base + "data/runs/" + SECOND + "/trends.csv");
        assertThat(trends.statusCode()).isEqualTo(200);
        assertThat(trends.body().lines().count()).isEqualTo(1 + 4);
        String history = get(base + "data/runs/" + SECOND + "/trends/flexible-seating/history.csv").body();
        assertThat(history).startsWith("period,projects,trend_projects,share");
        assertThat(catalog.status().reachable()).isTrue();

        // S3 goes away: what was read keeps being served, and the dashboard says the store is unreachable
        s3.close();
        awaitTrue(() -> !catalog.status().reachable(), Duration.ofSeconds(60));
        assertThat(catalog.status().problem()).isPresent();
        assertThat(catalog.runDates()).containsExactly(SECOND, FIRST);
        HttpResponse<String> cached = get(base + "data/runs/" + SECOND + "/trends/flexible-seating/history.csv");
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(history);

        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("org.trendfinder.dashboard"),
                app, uiFactory));
        try {
            UI.getCurrent().navigate("runs/" + SECOND + "/trends/flexible-seating");
            MainLayout layout = _get(MainLayout.class);
            assertThat(layout.banner().isVisible()).isTrue();
            assertThat(layout.banner().getText()).contains("Store unreachable");
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
