package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.dashboard.store.DashboardProperties;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.store.StoreLocation;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.StoreFiles;
import org.trendfinder.store.TrendStore;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * S3StoreFiles through the real AWS SDK v2 client (Apache HTTP, path-style, endpoint override) against a
 * small S3 API server on loopback that serves a store folder written with RunPublisher. The server pages
 * its listings two entries at a time and adds zero-byte directory markers, as some S3 tools do.
 */
class S3StoreFilesTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger listCalls = new AtomicInteger();
    private volatile boolean down;

    @BeforeEach
    void start() throws IOException {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private StoreFiles s3() {
        return StoreLocation.open(new DashboardProperties("s3://trends/weekly",
                new DashboardProperties.S3("us-east-1", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                        true), Duration.ofMinutes(5), new DashboardProperties.Cache(100)));
    }

    @Test
    void listsPagesAndSkipsDirectoryMarkers() throws IOException {
        Path root = dir.resolve("trends/weekly");
        new TestStore(root).run(LocalDate.of(2018, 3, 14), 2);
        new TestStore(root).run(LocalDate.of(2018, 3, 7), 2);
        Files.writeString(root.resolve("README.txt"), "hello");
        StoreFiles s3 = s3();
        assertThat(s3.children("")).containsExactly("2018-03-07", "2018-03-14", "README.txt");
        assertThat(listCalls.get()).isGreaterThan(1); // paginated
        assertThat(s3.children("2018-03-14/")).containsExactly("_attempts", "_manifest.json");
        assertThat(s3.read("README.txt")).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("hello"));
        assertThat(s3.read("nope.txt")).isEmpty();
    }

    @Test
    void runCatalogReadsAStoreOnS3AndSaysWhenItIsUnreachable() throws IOException {
        Path root = dir.resolve("trends/weekly");
        new TestStore(root).run(LocalDate.of(2018, 3, 14), 3);
        RunCatalog catalog = new RunCatalog(new TrendStore(s3()), 100, Clock.systemUTC());
        assertThat(catalog.runDates()).containsExactly(LocalDate.of(2018, 3, 14));
        assertThat(catalog.plot(LocalDate.of(2018, 3, 14), "wobble-chairs", Plot.HISTORY))
                .isInstanceOf(PlotData.Available.class);
        down = true;
        assertThat(catalog.refresh().reachable()).isFalse();
        assertThat(catalog.runDates()).containsExactly(LocalDate.of(2018, 3, 14));
        assertThat(catalog.plot(LocalDate.of(2018, 3, 14), "wobble-chairs", Plot.HISTORY))
                .isInstanceOf(PlotData.Available.class); // from the cache
        catalog.destroy();
    }

    // --- a minimal path-style S3 API: GetObject and ListObjectsV2 over a local folder ----------------------

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (down) {
                send(ex, 503, "<Error><Code>ServiceUnavailable</Code><Message>down</Message></Error>");
                return;
            }
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Map<String, String> query = query(ex.getRequestURI().getRawQuery());
            String bucket = path.substring(1).split("/", 2)[0];
            String key = path.length() > bucket.length() + 2 ? path.substring(bucket.length() + 2) : "";
            Path bucketDir = dir.resolve(bucket);
            if ("2".equals(query.get("list-type"))) {
                list(ex, bucketDir, query);
            } else {
                Path file = bucketDir.resolve(key).normalize();
                if (!file.startsWith(bucketDir) || !Files.isRegularFile(file)) {
                    send(ex, 404, "<Error><Code>NoSuchKey</Code><Message>no such key</Message></Error>");
                } else {
                    byte[] bytes = Files.readAllBytes(file);
                    ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    ex.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        }
    }

    private void list(HttpExchange ex, Path bucketDir, Map<String, String> q) throws IOException {
        listCalls.incrementAndGet();
        String prefix = q.getOrDefault("prefix", "");
        String delimiter = q.getOrDefault("delimiter", "");
        TreeSet<String> keys = new TreeSet<>();
        if (Files.isDirectory(bucketDir)) {
            try (Stream<Path> walk = Files.walk(bucketDir)) {
                walk.forEach(p -> {
                    String k = bucketDir.relativize(p).toString().replace('\\', '/');
                    if (Files.isDirectory(p) && !k.isEmpty()) {
                        keys.add(k + "/"); // a directory marker, as the S3 console makes
                    } else if (Files.isRegularFile(p)) {
                        keys.add(k);
                    }
                });
            }
        }
        List<String> entries = new ArrayList<>(); // "C:key" contents or "P:prefix" common prefixes, sorted
        TreeSet<String> prefixes = new TreeSet<>();
        for (String k : keys) {
            if (!k.startsWith(prefix)) {
                continue;
            }
            int cut = delimiter.isEmpty() ? -1 : k.indexOf(delimiter, prefix.length());
            if (cut >= 0 && !k.equals(prefix)) {
                String p = k.substring(0, cut + 1);
                if (prefixes.add(p)) {
                    entries.add("P:" + p);
                }
            } else {
                entries.add("C:" + k);
            }
        }
        int from = Integer.parseInt(q.getOrDefault("continuation-token", "0"));
        int to = Math.min(entries.size(), from + 2);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix>")
                .append(prefix).append("</Prefix><KeyCount>").append(to - from).append("</KeyCount><MaxKeys>2</MaxKeys>")
                .append("<IsTruncated>").append(to < entries.size()).append("</IsTruncated>");
        if (to < entries.size()) {
            xml.append("<NextContinuationToken>").append(to).append("</NextContinuationToken>");
        }
        for (String e : entries.subList(from, to)) {
            if (e.startsWith("C:")) {
                xml.append("<Contents><Key>").append(e.substring(2)).append("</Key><Size>")
                        .append(e.endsWith("/") ? 0 : 1).append("</Size></Contents>");
            } else {
                xml.append("<CommonPrefixes><Prefix>").append(e.substring(2)).append("</Prefix></CommonPrefixes>");
            }
        }
        send(ex, 200, xml.append("</ListBucketResult>").toString());
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/xml");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String part : raw.split("&")) {
                String[] kv = part.split("=", 2);
                q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return q;
    }
}
