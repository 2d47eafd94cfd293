package org.trendfinder.dashboard.store;

import java.net.URI;
import java.nio.file.Path;

import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.StoreFiles;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Opens the store named by {@code trendfinder.store}: a local folder or an S3 prefix. */
public final class StoreLocation {

    private StoreLocation() {
    }

    public static StoreFiles open(DashboardProperties props) {
        String store = props.store().trim();
        if (store.startsWith("s3://")) {
            URI uri = URI.create(store);
            String bucket = uri.getHost();
            String prefix = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/+", "");
            return new S3StoreFiles(s3Client(props.s3()), bucket, prefix);
        }
        Path path = store.startsWith("file:") ? Path.of(URI.create(store)) : Path.of(store);
        return new LocalStoreFiles(path);
    }

    /** Default credential chain; the Apache HTTP client (no Netty); optional endpoint override. */
    static S3Client s3Client(DashboardProperties.S3 s3) {
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(s3.pathStyle());
        if (s3.region() != null && !s3.region().isBlank()) {
            builder.region(Region.of(s3.region()));
        }
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }
}
