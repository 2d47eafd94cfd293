package org.trendfinder.pipeline.production;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.trendfinder.store.testing.S3ProxyServer;

import software.amazon.awssdk.core.sync.RequestBody;

/** The job's S3A settings for S3Proxy, as {@code --spark-conf}/{@code --conf} pairs, and uploads of test input. */
final class JobS3Settings {

    private JobS3Settings() {
    }

    /**
     * {@code spark.hadoop.fs.s3a.*} reaching {@code server} through {@code via}, with S3A's retries tuned for
     * tests (the same as {@code S3TestStores.s3a}): many quick retries instead of production back-off, so a
     * fault-injected run takes seconds, not minutes. The retry policy is the same, only the waits are shorter.
     */
    static Map<String, String> sparkConf(S3ProxyServer server, URI via) {
        Map<String, String> conf = new LinkedHashMap<>(server.sparkHadoopConf(via));
        conf.put("spark.hadoop.fs.s3a.retry.limit", "8");
        conf.put("spark.hadoop.fs.s3a.retry.interval", "20ms");
        conf.put("spark.hadoop.fs.s3a.retry.throttle.limit", "6");
        conf.put("spark.hadoop.fs.s3a.retry.throttle.interval", "20ms");
        conf.put("spark.hadoop.fs.s3a.retry.http.5xx.errors", "true");
        conf.put("spark.hadoop.fs.s3a.attempts.maximum", "1");
        conf.put("spark.hadoop.fs.s3a.connection.establish.timeout", "5s");
        conf.put("spark.hadoop.fs.s3a.connection.timeout", "30s");
        return conf;
    }

    /** Uploads every visible file under {@code dir} to {@code prefix} (one PUT each, directly, no proxy). */
    static int upload(S3ProxyServer server, Path dir, String prefix) throws IOException {
        int n = 0;
        for (Path file : ReferenceRun.visibleFiles(dir)) {
            String key = prefix + dir.relativize(file).toString().replace('\\', '/');
            server.client().putObject(b -> b.bucket(server.bucket()).key(key), RequestBody.fromFile(file));
            n++;
        }
        return n;
    }
}
