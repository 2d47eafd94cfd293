package org.trendfinder.store.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

class FaultProxyTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.plain();
    static S3ProxyServer server;

    @BeforeAll
    static void server() {
        server = S3.server();
    }

    private S3Client client(FaultProxy proxy, int maxAttempts) {
        return server.clientBuilder(proxy.endpoint())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(maxAttempts)
                        .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                        .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))))
                .build();
    }

    @Test
    void forwardsUntouchedAndLogsEachOperation() throws Exception {
        String bucket = server.bucket();
        try (FaultProxy proxy = FaultProxy.start(server.port(), FaultPlan.none()); S3Client s3 = client(proxy, 1)) {
            s3.putObject(b -> b.bucket(bucket).key("log/a b+c.csv"), RequestBody.fromString("1,2\n"));
            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("log/a b+c.csv")).asUtf8String()).isEqualTo("1,2\n");
            assertThat(s3.headObject(b -> b.bucket(bucket).key("log/a b+c.csv")).contentLength()).isEqualTo(4);
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("log/a b+c.csv").destinationBucket(bucket).destinationKey("log/copy.csv"));
            assertThat(s3.listObjectsV2(b -> b.bucket(bucket).prefix("log/").delimiter("/")).keyCount()).isEqualTo(2);
            s3.deleteObject(b -> b.bucket(bucket).key("log/copy.csv"));
            s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder()
                    .objects(ObjectIdentifier.builder().key("log/a b+c.csv").build()).build()));

            List<S3Request> log = proxy.requests();
            assertThat(log).extracting(S3Request::operation).containsExactly(S3Operation.PUT_OBJECT,
                    S3Operation.GET_OBJECT, S3Operation.HEAD_OBJECT, S3Operation.COPY_OBJECT, S3Operation.LIST_V2,
                    S3Operation.DELETE_OBJECT, S3Operation.MULTI_DELETE);
            assertThat(log).extracting(S3Request::fault).containsOnly(Fault.NONE);
            assertThat(log).extracting(S3Request::status).containsExactly(200, 200, 200, 200, 200, 204, 200);
            assertThat(log.get(0).key()).isEqualTo("log/a b+c.csv");
            assertThat(log.get(3).copySource()).hasValueSatisfying(c -> assertThat(c).contains("a%20b%2Bc.csv"));
            assertThat(log.get(4).params()).containsEntry("list-type", "2").containsEntry("prefix", "log/")
                    .containsEntry("delimiter", "/");
        }
    }

    @Test
    void slowDownIsAnS3ErrorTheSdkRecognizes() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(server.port(), FaultPlan.seeded(1).withSlowDowns(1.0));
             S3Client s3 = client(proxy, 3)) {
            assertThatThrownBy(() -> s3.putObject(b -> b.bucket(server.bucket()).key("throttled"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(503);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
                    });
            assertThat(proxy.requests()).hasSize(3).allSatisfy(r -> {
                assertThat(r.fault()).isEqualTo(Fault.SLOW_DOWN_503);
                assertThat(r.status()).isEqualTo(503);
            });
            assertThat(server.client().listObjectsV2(b -> b.bucket(server.bucket()).prefix("throttled")).keyCount()).isZero();
        }
    }

    @Test
    void internalErrorIsAnS3Error() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(server.port(), FaultPlan.seeded(1).withInternalErrors(1.0));
             S3Client s3 = client(proxy, 2)) {
            assertThatThrownBy(() -> s3.headObject(b -> b.bucket(server.bucket()).key("nothing")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            assertThatThrownBy(() -> s3.getObject(b -> b.bucket(server.bucket()).key("nothing")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError"));
            assertThat(proxy.faultCounts()).containsEntry(Fault.INTERNAL_ERROR_500, 4L);
        }
    }

    @Test
    void resetsAreConnectionErrorsAndATruncatedUploadNeverBecomesAnObject() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(server.port(), FaultPlan.seeded(7).withResets(1.0));
             S3Client s3 = client(proxy, 2)) {
            for (int i = 0; i < 6; i++) {
                String key = "reset/" + i;
                assertThatThrownBy(() -> s3.putObject(b -> b.bucket(server.bucket()).key(key),
                        RequestBody.fromString("some bytes to cut in half " + key)))
                        .isInstanceOf(SdkClientException.class);
            }
            List<S3Request> log = proxy.requests();
            assertThat(log).hasSize(12).extracting(S3Request::fault).contains(Fault.RESET_BEFORE_UPSTREAM,
                    Fault.RESET_MID_REQUEST, Fault.RESET_MID_RESPONSE);
            // An object exists exactly when S3 got one of its PUTs whole (the reset came in the response).
            for (int i = 0; i < 6; i++) {
                String key = "reset/" + i;
                boolean completed = log.stream().anyMatch(r -> r.key().equals(key) && r.fault() == Fault.RESET_MID_RESPONSE);
                assertThat(server.client().listObjectsV2(b -> b.bucket(server.bucket()).prefix(key)).keyCount())
                        .as(key).isEqualTo(completed ? 1 : 0);
            }
        }
    }

    @Test
    void retriesGetThroughAMixOfFaultsAndTheSeedFixesTheSequence() throws Exception {
        FaultPlan plan = FaultPlan.seeded(42).withResets(0.1).withSlowDowns(0.1).withInternalErrors(0.1)
                .withDelays(0.1, Duration.ofMillis(50));
        List<List<Fault>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (FaultProxy proxy = FaultProxy.start(server.port(), plan); S3Client s3 = client(proxy, 10)) {
                for (int i = 0; i < 15; i++) {
                    String key = "mix/" + run + "/" + i;
                    String body = "row " + i + "\n".repeat(i);
                    s3.putObject(b -> b.bucket(server.bucket()).key(key), RequestBody.fromString(body));
                    assertThat(s3.getObjectAsBytes(b -> b.bucket(server.bucket()).key(key)).asString(StandardCharsets.UTF_8))
                            .isEqualTo(body);
                }
                runs.add(proxy.requests().stream().map(S3Request::fault).toList());
                assertThat(proxy.injectedFaults()).isPositive();
                assertThat(proxy.faultCounts().get(Fault.DELAYED)).isPositive();
            }
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }
}
