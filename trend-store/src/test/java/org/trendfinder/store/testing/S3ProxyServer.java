package org.trendfinder.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * A real S3 API server on loopback for tests: S3Proxy 4.1.0 in its own JVM, with the filesystem backend in a
 * folder the caller owns, v2/v4 signatures, one fresh bucket. Start it with {@link #start(Path)}, point S3A
 * at it with {@link #hadoopConf()}, check objects with {@link #client()}, and close it to kill the process
 * tree. A separate process (not embedded) because S3Proxy's Jetty 12 and Jackson 3 would clash with Spark's.
 *
 * <p>The class path comes from {@code s3proxy.classpath}, written by trend-store's build into its test
 * classes (and so into its test-jar): any module whose tests depend on that test-jar can start S3Proxy.
 *
 * <p>Bucket names are unique per start ({@code tf-<hex>}), so Hadoop's FileSystem cache, which is keyed by
 * bucket, never hands a test an S3A client bound to an earlier server's endpoint.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "trendfinder-access";
    public static final String SECRET_KEY = "trendfinder-secret";
    public static final String REGION = "us-east-1";
    /** The resource holding S3Proxy's class path (one line, platform path separator). */
    public static final String CLASSPATH_RESOURCE = "/s3proxy.classpath";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final String bucket;
    private final Thread killOnExit;
    private S3Client client;

    private S3ProxyServer(Process process, int port, Path dataDir, Path logFile, String bucket) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.bucket = bucket;
        // A test JVM that exits without closing the server (System.exit, SIGTERM) must not leave S3Proxy behind.
        this.killOnExit = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, "s3proxy-" + port + "-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts S3Proxy on a free loopback port, storing blobs under {@code dir/blobs}, waits until it answers
     * HTTP, and creates a fresh bucket.
     */
    public static S3ProxyServer start(Path dir) throws IOException {
        IOException last = null;
        // A free port found by binding port 0 can be taken by another process before S3Proxy binds it: retry.
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return startOnce(dir, freePort());
            } catch (PortInUse e) {
                last = e;
            }
        }
        throw last;
    }

    private static S3ProxyServer startOnce(Path dir, int port) throws IOException {
        Path blobs = Files.createDirectories(dir.resolve("blobs"));
        Path conf = dir.resolve("s3proxy-" + port + ".properties");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                "jclouds.identity=" + ACCESS_KEY,
                "jclouds.credential=" + SECRET_KEY,
                "jclouds.filesystem.basedir=" + blobs.toAbsolutePath(),
                ""));
        Path logback = dir.resolve("s3proxy-logback.xml");
        // S3Proxy logs every request at DEBUG unless told otherwise.
        Files.writeString(logback, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        Path log = dir.resolve("s3proxy-" + port + ".log");
        List<String> command = List.of(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=" + logback.toAbsolutePath(),
                "-cp", s3ProxyClassPath(),
                "org.gaul.s3proxy.Main", "--properties", conf.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String bucket = "tf-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        S3ProxyServer server = new S3ProxyServer(process, port, dir, log, bucket);
        try {
            server.awaitReady();
            server.createBucket(bucket);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** The bucket created at start. */
    public String bucket() {
        return bucket;
    }

    public String accessKey() {
        return ACCESS_KEY;
    }

    public String secretKey() {
        return SECRET_KEY;
    }

    /** {@code s3a://<bucket>/<path>}. */
    public String s3aUri(String path) {
        return "s3a://" + bucket + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** S3A settings that reach this server directly. */
    public Map<String, String> hadoopConf() {
        return hadoopConf(endpoint());
    }

    /**
     * S3A settings that reach this server through {@code via} (e.g. a {@link FaultProxy}): endpoint, path-style
     * access (always, with a custom endpoint), plain HTTP, static keys, region. Apply them to a Hadoop
     * Configuration or, prefixed with {@code spark.hadoop.}, to a SparkConf.
     */
    public Map<String, String> hadoopConf(URI via) {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("fs.s3a.endpoint", via.toString());
        conf.put("fs.s3a.endpoint.region", REGION);
        conf.put("fs.s3a.path.style.access", "true");
        conf.put("fs.s3a.connection.ssl.enabled", "false");
        conf.put("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
        conf.put("fs.s3a.access.key", ACCESS_KEY);
        conf.put("fs.s3a.secret.key", SECRET_KEY);
        return conf;
    }

    /** {@link #hadoopConf(URI)} with the {@code spark.hadoop.} prefix, for a SparkConf or spark-submit's --conf. */
    public Map<String, String> sparkHadoopConf(URI via) {
        Map<String, String> conf = new LinkedHashMap<>();
        hadoopConf(via).forEach((k, v) -> conf.put("spark.hadoop." + k, v));
        return conf;
    }

    /** An SDK v2 client on this server (Apache HTTP client, path style); closed with the server. */
    public synchronized S3Client client() {
        if (client == null) {
            client = newClient(endpoint());
        }
        return client;
    }

    /** A new SDK v2 client reaching this server through {@code via}; the caller closes it. */
    public S3Client newClient(URI via) {
        return clientBuilder(via).build();
    }

    /** A client builder set up for this server, reached through {@code via}; e.g. to tune retries. */
    public S3ClientBuilder clientBuilder(URI via) {
        return S3Client.builder()
                .endpointOverride(via)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                // S3Proxy predates the SDK's default CRC checksums on every request; send them only when required.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder());
    }

    public void createBucket(String name) {
        client().createBucket(b -> b.bucket(name));
    }

    /** The folder S3Proxy stores the blobs in ({@code <dir>/blobs/<bucket>/<key>}). */
    public Path blobDir() {
        return dataDir.resolve("blobs");
    }

    /** S3Proxy's own output (WARN and above, and anything it prints before logging starts). */
    public String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The S3Proxy process (e.g. to check that {@link #close()} ended it). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server: its process tree is destroyed, forcibly if it does not exit within five seconds. */
    @Override
    public synchronized void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook does the work
        }
        if (client != null) {
            client.close();
            client = null;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String output = log();
                if (output.contains("Address already in use")) {
                    throw new PortInUse("S3Proxy could not bind port " + port);
                }
                throw new IOException("S3Proxy exited with code " + process.exitValue() + " before answering on port "
                        + port + ":\n" + output);
            }
            if (answersHttp()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for S3Proxy", e);
            }
        }
        throw new IOException("S3Proxy did not answer on port " + port + " within " + STARTUP_TIMEOUT + ":\n" + log());
    }

    /** Any HTTP status (an anonymous request gets 403) means the server is up. */
    private boolean answersHttp() {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint().toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode() > 0;
            } finally {
                try (InputStream err = c.getErrorStream()) {
                    if (err != null) {
                        err.readAllBytes();
                    }
                }
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static String s3ProxyClassPath() throws IOException {
        try (InputStream in = S3ProxyServer.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IOException(CLASSPATH_RESOURCE + " is not on the class path: build trend-store's test "
                        + "classes (its maven-dependency-plugin build-classpath execution writes it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static final class PortInUse extends IOException {
        PortInUse(String message) {
            super(message);
        }
    }
}
