package org.trendfinder.dashboard.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.trendfinder.store.StoreFiles;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A store under {@code s3://bucket/prefix} through the AWS SDK v2. Listings are paginated and use the
 * {@code /} delimiter; zero-byte directory-marker keys (ending in {@code /}) are skipped.
 */
public final class S3StoreFiles implements StoreFiles {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** @param prefix the store root inside the bucket: empty or ending with {@code /} */
    public S3StoreFiles(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public Optional<byte[]> read(String key) throws IOException {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(fullKey(key))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("cannot read s3://" + bucket + "/" + fullKey(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String key, byte[] bytes) throws IOException {
        try {
            s3.putObject(b -> b.bucket(bucket).key(fullKey(key)), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException("cannot write s3://" + bucket + "/" + fullKey(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> children(String childPrefix) throws IOException {
        String listed = fullKey(childPrefix);
        TreeSet<String> names = new TreeSet<>();
        try {
            ListObjectsV2Request request = ListObjectsV2Request.builder()
                    .bucket(bucket).prefix(listed).delimiter("/").build();
            for (ListObjectsV2Response page : s3.listObjectsV2Paginator(request)) {
                for (CommonPrefix folder : page.commonPrefixes()) {
                    String name = folder.prefix().substring(listed.length());
                    name = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
                for (S3Object object : page.contents()) {
                    String name = object.key().substring(listed.length());
                    if (!name.isEmpty() && !name.endsWith("/")) {
                        names.add(name);
                    }
                }
            }
        } catch (SdkException e) {
            throw new IOException("cannot list s3://" + bucket + "/" + listed + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    @Override
    public void deleteAll(String keyPrefix) throws IOException {
        String listed = fullKey(keyPrefix);
        try {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(listed).build();
            for (ListObjectsV2Response page : s3.listObjectsV2Paginator(request)) {
                List<ObjectIdentifier> ids = new ArrayList<>();
                page.contents().forEach(o -> ids.add(ObjectIdentifier.builder().key(o.key()).build()));
                if (!ids.isEmpty()) {
                    s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(ids).quiet(true).build()));
                }
            }
        } catch (SdkException e) {
            throw new IOException("cannot delete s3://" + bucket + "/" + listed + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    /** Keys come from {@code StoreLayout} (validated dates and slugs); refuse anything that could climb out. */
    private String fullKey(String key) {
        if (key.startsWith("/") || key.contains("\\") || key.equals("..") || key.startsWith("../")
                || key.contains("/../") || key.endsWith("/..")) {
            throw new IllegalArgumentException("key outside the store: '" + key + "'");
        }
        return prefix + key;
    }
}
