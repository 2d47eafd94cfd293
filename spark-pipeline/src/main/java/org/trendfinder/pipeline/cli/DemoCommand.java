package org.trendfinder.pipeline.cli;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.job.SparkSessions;
import org.trendfinder.pipeline.job.TrendFinderJob;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleOptions;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.Truth;
import org.trendfinder.store.RunManifest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: everything on the embedded default. Generates a sample history, runs the pipeline for the
 * latest date and a few historical ones into a local store, then starts the dashboard on it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates a sample DonorsChoose history, runs the pipeline on local Spark for the latest date "
                + "and a few earlier ones into ./trendfinder-store, and starts the dashboard on that store.",
                "Stop it with Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "trendfinder-store",
            description = "The store to write (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--sample", paramLabel = "DIR", defaultValue = "trendfinder-sample",
            description = "Where the generated CSV files go (default: ${DEFAULT-VALUE}).")
    Path sample;

    @Mixin
    SampleOptions generated = new SampleOptions(40_000, 42);

    @Option(names = "--history-runs", paramLabel = "N", defaultValue = "3",
            description = "Earlier run dates, every 14 days before the latest (default: ${DEFAULT-VALUE}).")
    int historyRuns;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Dashboard port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-dashboard", description = "Only write the store; do not start the dashboard.")
    boolean noDashboard;

    @Option(names = "--dashboard-jar", paramLabel = "JAR",
            description = "The dashboard jar (default: vaadin-dashboard/target/trendfinder-dashboard.jar of this checkout).")
    Path dashboardJar;

    @Mixin
    MasterOption master = new MasterOption("local[*]");

    @Override
    public Integer call() throws Exception {
        Truth truth = SampleGenerator.generate(SampleSpec.of(generated.projects(), generated.seed()), sample);
        LocalDate latest = LocalDate.parse(truth.endDate());
        List<LocalDate> runDates = new ArrayList<>();
        for (int i = historyRuns; i >= 0; i--) {
            runDates.add(latest.minusDays(14L * i));
        }
        System.out.printf("generated %,d projects (%s .. %s) in %s%n", truth.projectRows(), truth.startDate(),
                truth.endDate(), sample.toAbsolutePath());

        SparkSession spark = SparkSessions.create("trendfinder-demo", master.url(), java.util.Map.of());
        TrendFinderJob.Result result;
        try {
            result = new TrendFinderJob(spark, new TrendFinderJob.Options(sample.toAbsolutePath().toString(),
                    store.toAbsolutePath().toString(), runDates, DetectionParams.defaults(), AnalysisParams.defaults(),
                    true, 8)).run();
        } finally {
            spark.stop();
        }
        for (RunManifest m : result.published()) {
            System.out.printf("published %s with %d trends%n", m.runDate(), m.trends());
        }
        System.out.println("timings (ms): " + result.timingsMillis());
        System.out.println("store: " + store.toAbsolutePath());
        if (noDashboard) {
            return 0;
        }
        Optional<Path> jar = findDashboardJar();
        if (jar.isEmpty()) {
            System.out.println("dashboard jar not found (build it with ./mvnw -B package -DskipTests); start it with:");
            System.out.println("  java -jar vaadin-dashboard/target/trendfinder-dashboard.jar --trendfinder.store="
                    + store.toAbsolutePath().toUri());
            return 0;
        }
        return runDashboard(jar.get());
    }

    private int runDashboard(Path jar) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process dashboard = new ProcessBuilder(java, "-jar", jar.toString(),
                "--trendfinder.store=" + store.toAbsolutePath().toUri(), "--server.port=" + port,
                "--spring.profiles.active=demo")
                .inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(dashboard::destroy));
        String url = "http://127.0.0.1:" + port + "/"; // the demo profile binds the dashboard to loopback only
        if (waitForHealth(url + "actuator/health", Duration.ofSeconds(90), dashboard)) {
            System.out.println();
            System.out.println("TrendFinder dashboard: " + url + "   (Ctrl-C to stop)");
        } else {
            System.err.println("error: the dashboard did not become healthy at " + url);
            dashboard.destroy();
            return 1;
        }
        return dashboard.waitFor();
    }

    private static boolean waitForHealth(String url, Duration timeout, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The explicit jar, else the dashboard jar of the checkout this pipeline jar was built in, else of the cwd. */
    private Optional<Path> findDashboardJar() throws URISyntaxException {
        if (dashboardJar != null) {
            return Optional.of(dashboardJar).filter(Files::isRegularFile);
        }
        List<Path> candidates = new ArrayList<>();
        File self = new File(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path checkout = self.toPath().toAbsolutePath().getParent();
        for (int i = 0; i < 3 && checkout != null; i++) {
            candidates.add(checkout.resolve("vaadin-dashboard/target/trendfinder-dashboard.jar"));
            checkout = checkout.getParent();
        }
        candidates.add(Path.of("vaadin-dashboard/target/trendfinder-dashboard.jar"));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
