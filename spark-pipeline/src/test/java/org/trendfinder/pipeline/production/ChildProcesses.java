package org.trendfinder.pipeline.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * JVMs a test starts (Spark master, workers, spark-submit, the local jar): each logs to its own file, and
 * {@link #close()} destroys every process tree, forcibly if it does not exit within ten seconds. A JVM shutdown
 * hook does the same if the test JVM dies first, so no process outlives the build.
 */
final class ChildProcesses implements AutoCloseable {

    /** Spark's Java 17 module flags (PLATFORM.md), for JVMs that run Spark code from a plain class path. */
    static final List<String> SPARK_JVM_FLAGS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED");

    /** One started process and its log. */
    record Child(String name, Process process, Path log) {

        /** Waits for the exit; destroys the tree and fails if it takes longer than {@code timeout}. */
        int await(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyTree(process);
                throw new AssertionError(name + " did not finish within " + timeout + "; its log:\n" + tail(200));
            }
            return process.exitValue();
        }

        String tail(int lines) {
            try {
                if (!Files.exists(log)) {
                    return "";
                }
                List<String> all = Files.readAllLines(log);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(cannot read " + log + ": " + e + ")";
            }
        }

        String text() {
            try {
                return Files.exists(log) ? Files.readString(log) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path logDir;
    private final List<Child> children = new ArrayList<>();
    private final Thread killOnExit = new Thread(this::destroyAll, "child-processes-kill");

    ChildProcesses(Path logDir) throws IOException {
        this.logDir = Files.createDirectories(logDir);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts {@code command} with extra environment variables; stdout and stderr go to {@code <name>.log}. */
    synchronized Child start(String name, List<String> command, Map<String, String> env) throws IOException {
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Files.writeString(logDir.resolve(name + ".command"), String.join(" ", command) + "\n");
        Child child = new Child(name, builder.start(), log);
        children.add(child);
        return child;
    }

    /** Polls {@code condition} every 100 ms for up to {@code timeout}; fails naming {@code what} otherwise. */
    static void awaitCondition(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The last lines of every child's log. */
    synchronized String logs() {
        StringBuilder out = new StringBuilder();
        for (Child c : children) {
            out.append("===== ").append(c.name()).append(" (").append(c.log()).append(") =====\n")
                    .append(c.tail(120)).append('\n');
        }
        return out.toString();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Kills {@code process} and everything it started: the children first, so none is orphaned. */
    static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private synchronized void destroyAll() {
        // In reverse start order: the job before the workers, the workers before the master.
        for (int i = children.size() - 1; i >= 0; i--) {
            destroyTree(children.get(i).process());
        }
    }

    @Override
    public void close() {
        destroyAll();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running anyway
        }
    }
}
