package org.trendfinder.pipeline.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trendfinder.store.testing.S3ProxyExtension;
import org.trendfinder.store.testing.S3ProxyServer;

/**
 * The thin job jar on a real multi-process Spark cluster: a standalone master and two workers (one core, 1 GB
 * each) on 127.0.0.1, started from the Maven-resolved Spark jars, and the job submitted with
 * {@code SparkSubmit} (what the {@code spark-submit} script runs) and {@code conf/spark-defaults.conf}, reading
 * and writing S3. Executors are separate JVMs that get the job's classes only from the submitted jar, so a
 * closure that does not serialize, or a shaded dependency missing from the jar, fails here and nowhere else.
 * The store must equal, file for file, the local-mode run on the same input.
 */
class StandaloneClusterIT {

    static final Path JOB_JAR = Path.of("target", "trendfinder-pipeline.jar").toAbsolutePath();
    static final Path LIB = Path.of("target", "lib").toAbsolutePath();
    static final Path SPARK_DEFAULTS = Path.of("..", "conf", "spark-defaults.conf").toAbsolutePath().normalize();
    static final Path LOG4J2 = Path.of("..", "conf", "log4j2.properties").toAbsolutePath().normalize();
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
    static final String MAIN_CLASS = "org.trendfinder.pipeline.Main";

    /**
     * target/lib holds every compile and provided dependency; a Spark distribution (or EMR) has the provided ones
     * only. The job's own dependencies are left out of SPARK_HOME/jars so that executors can get them from the
     * job jar alone, as on a real cluster.
     */
    static final List<String> JOB_ONLY_JARS = List.of("trend-store-", "picocli-", "lucene-", "commons-csv-",
            "jakarta.mail-api-", "angus-", "jakarta.activation-api-");

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.plain();
    static S3ProxyServer server;
    static ReferenceRun.Reference reference;
    static ChildProcesses processes;
    static Path dir;
    static Path sparkHome;
    static int masterPort;
    static long started;

    @BeforeAll
    static void startCluster() throws Exception {
        started = System.nanoTime();
        assertThat(JOB_JAR).as("run after package").exists();
        reference = ReferenceRun.get();
        server = S3.server();
        JobS3Settings.upload(server, reference.ingested(), "ingested/");

        dir = Path.of("target", "production-it", "cluster").toAbsolutePath();
        ReferenceRun.deleteRecursively(dir);
        sparkHome = sparkHome(dir.resolve("spark-home"));
        processes = new ChildProcesses(dir.resolve("logs"));
        try {
            masterPort = ChildProcesses.freePort();
            ChildProcesses.Child master = processes.start("master", sparkClass(List.of("-Xmx256m"),
                    "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                    "--webui-port", String.valueOf(ChildProcesses.freePort())), sparkEnv());
            ChildProcesses.awaitCondition("the master to start", START_TIMEOUT,
                    () -> alive(master) && master.text().contains("I have been elected leader"));
            List<ChildProcesses.Child> workers = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                workers.add(processes.start("worker-" + i, sparkClass(List.of("-Xmx256m"),
                        "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                        "--port", String.valueOf(ChildProcesses.freePort()),
                        "--webui-port", String.valueOf(ChildProcesses.freePort()),
                        "--work-dir", dir.resolve("work-" + i).toString(), masterUrl()), sparkEnv()));
            }
            for (ChildProcesses.Child w : workers) {
                ChildProcesses.awaitCondition(w.name() + " to register with the master", START_TIMEOUT,
                        () -> alive(w) && w.text().contains("Successfully registered with master"));
            }
            System.out.printf("CLUSTER master and two workers up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        } catch (AssertionError | Exception e) {
            System.out.println(processes.logs());
            throw e;
        }
    }

    @AfterAll
    static void stopCluster() {
        if (processes != null) {
            processes.close();
        }
        System.out.printf("StandaloneClusterIT took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    void theThinJobJarOnTwoExecutorsPublishesTheLocalModeStore() throws Exception {
        List<String> submit = new ArrayList<>(List.of("--master", masterUrl(), "--deploy-mode", "client",
                "--name", "trendfinder-" + reference.runDate(),
                "--properties-file", SPARK_DEFAULTS.toString(),
                "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2",
                "--conf", "spark.driver.host=127.0.0.1"));
        JobS3Settings.sparkConf(server, server.endpoint()).forEach((k, v) -> submit.addAll(List.of("--conf", k + "=" + v)));
        submit.addAll(List.of("--class", MAIN_CLASS, JOB_JAR.toString(),
                "run", "--input", server.s3aUri("ingested"), "--output", server.s3aUri("store"),
                "--run-date", reference.runDate().toString()));
        long t0 = System.nanoTime();
        ChildProcesses.Child job = processes.start("spark-submit", sparkClass(
                List.of("-Xmx1g", "-Dlog4j2.configurationFile=file:" + LOG4J2),
                "org.apache.spark.deploy.SparkSubmit", submit.toArray(String[]::new)), sparkEnv());
        try {
            int exit = job.await(JOB_TIMEOUT);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(exit).as("spark-submit exit code").isZero();
            assertThat(job.text()).doesNotContain("ClassNotFoundException", "NotSerializableException", "Lost task");

            Map<String, String> store = PublishedRuns.snapshot(server, "store/");
            assertThat(PublishedRuns.comparable(store)).isEqualTo(reference.published());
            assertThat(PublishedRuns.unpublished(store)).isEmpty();
            // The work really ran in the workers' executors (each worker keeps app-*/<executor>/stderr).
            for (int i = 1; i <= 2; i++) {
                assertThat(executorLogs(dir.resolve("work-" + i))).as("executor logs of worker %d", i).isNotEmpty();
            }
            System.out.printf("CLUSTER job: %.1f s on 2 executors, %d published files equal to local mode%n", seconds,
                    reference.published().size());
        } catch (AssertionError | Exception e) {
            System.out.println(processes.logs());
            for (int i = 1; i <= 2; i++) {
                for (Path log : executorLogs(dir.resolve("work-" + i))) {
                    System.out.println("===== " + log + " =====\n" + tail(log, 80));
                }
            }
            throw e;
        }
    }

    /** SPARK_HOME with a jars/ folder of links to the Spark, Hadoop and SDK jars (target/lib minus the job's own). */
    static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        try (Stream<Path> lib = Files.list(LIB)) {
            for (Path jar : lib.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (JOB_ONLY_JARS.stream().noneMatch(name::startsWith)) {
                    Files.createSymbolicLink(jars.resolve(name), jar);
                }
            }
        }
        return home;
    }

    static Map<String, String> sparkEnv() {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12", "SPARK_LOCAL_IP", "127.0.0.1");
    }

    static List<String> sparkClass(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.java());
        command.addAll(ChildProcesses.SPARK_JVM_FLAGS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    private static boolean alive(ChildProcesses.Child child) {
        if (!child.process().isAlive()) {
            throw new AssertionError(child.name() + " exited with " + child.process().exitValue() + ":\n" + child.tail(80));
        }
        return true;
    }

    private static List<Path> executorLogs(Path workDir) throws IOException {
        if (!Files.isDirectory(workDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(workDir)) {
            return walk.filter(p -> p.getFileName().toString().equals("stderr")).sorted().toList();
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
