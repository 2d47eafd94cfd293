package org.trendfinder.store.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3ProxyServerTest {

    @TempDir
    Path dir;

    @Test
    void servesTheS3ApiOnLoopbackAndStopsItsProcess() throws Exception {
        ProcessHandle child;
        try (S3ProxyServer server = S3ProxyServer.start(dir)) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            S3Client s3 = server.client();
            s3.putObject(b -> b.bucket(server.bucket()).key("a/b.csv"), RequestBody.fromString("x,y\n1,2\n"));
            assertThat(s3.getObjectAsBytes(b -> b.bucket(server.bucket()).key("a/b.csv")).asString(StandardCharsets.UTF_8))
                    .isEqualTo("x,y\n1,2\n");
            assertThat(s3.listObjectsV2(b -> b.bucket(server.bucket()).prefix("a/")).contents())
                    .extracting(S3Object::key).containsExactly("a/b.csv");
            // The filesystem backend keeps objects as plain files under blobs/<bucket>/.
            assertThat(server.blobDir().resolve(server.bucket()).resolve("a/b.csv")).exists();
            assertThat(server.hadoopConf()).containsEntry("fs.s3a.endpoint", server.endpoint().toString())
                    .containsEntry("fs.s3a.path.style.access", "true");
            child = server.process();
            assertThat(child.isAlive()).isTrue();
            assertThat(server.log()).doesNotContain("DEBUG");
        }
        child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
    }
}
