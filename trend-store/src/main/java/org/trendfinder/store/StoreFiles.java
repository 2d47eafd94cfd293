package org.trendfinder.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The few operations the store needs from a file system or object store. Keys are relative to the store
 * root and {@code /}-separated. Implementations: {@link LocalStoreFiles} here, Hadoop FileSystem in the
 * pipeline (local, HDFS, s3a, EMR's s3), AWS SDK v2 in the dashboard.
 */
public interface StoreFiles {

    /** The object's bytes, or empty when it does not exist. */
    Optional<byte[]> read(String key) throws IOException;

    /** Writes (or replaces) the object so that readers see either the old bytes or all of the new ones. */
    void write(String key, byte[] bytes) throws IOException;

    /**
     * The names of the immediate children of {@code prefix} (which is empty or ends with {@code /}):
     * sub-folders without their trailing slash and objects, sorted. Implementations must page through
     * listings of any size and skip zero-byte directory markers.
     */
    List<String> children(String prefix) throws IOException;

    /** Deletes every object whose key starts with {@code prefix} (which ends with {@code /}). */
    void deleteAll(String prefix) throws IOException;

    /** A human-readable location for messages, e.g. {@code s3://bucket/prefix} or a local path. */
    String describe();
}
