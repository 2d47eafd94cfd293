package org.trendfinder.pipeline.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.trendfinder.store.testing.S3ProxyServer;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3A configurations and object snapshots for tests on S3Proxy (the store's here; the job's later). */
public final class S3TestStores {

    private S3TestStores() {
    }

    /**
     * S3A on {@code server} reached through {@code via}, with retries tuned for tests: many quick retries
     * instead of S3A's production back-off (500 ms and up), and no FileSystem cache, so each store gets an
     * S3A instance bound to the endpoint it asked for.
     */
    public static Configuration s3a(S3ProxyServer server, URI via) {
        Configuration conf = new Configuration();
        server.hadoopConf(via).forEach(conf::set);
        conf.setBoolean("fs.s3a.impl.disable.cache", true);
        // S3A's own retry loop (around each operation) ...
        conf.setInt("fs.s3a.retry.limit", 8);
        conf.set("fs.s3a.retry.interval", "20ms");
        conf.setInt("fs.s3a.retry.throttle.limit", 6);
        conf.set("fs.s3a.retry.throttle.interval", "20ms");
        conf.setBoolean("fs.s3a.retry.http.5xx.errors", true);
        // ... and the SDK's, inside it: one retry. The SDK backs off throttling by itself (0.5 s and up, not
        // configurable through S3A), so with more SDK retries a permanently throttled request takes minutes.
        conf.setInt("fs.s3a.attempts.maximum", 1);
        conf.set("fs.s3a.connection.establish.timeout", "5s");
        conf.set("fs.s3a.connection.timeout", "30s");
        return conf;
    }

    /**
     * Every object under {@code prefix}, key relative to it, with its bytes as ISO-8859-1 text (one char per
     * byte, so binary files compare exactly too). Read directly, not through a proxy.
     */
    public static Map<String, String> snapshot(S3ProxyServer server, String prefix) throws IOException {
        S3Client s3 = server.client();
        Map<String, String> objects = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(server.bucket()).prefix(prefix)).contents()) {
            objects.put(o.key().substring(prefix.length()),
                    s3.getObjectAsBytes(b -> b.bucket(server.bucket()).key(o.key())).asString(StandardCharsets.ISO_8859_1));
        }
        return objects;
    }
}
