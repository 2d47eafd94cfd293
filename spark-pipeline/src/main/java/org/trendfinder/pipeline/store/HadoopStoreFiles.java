package org.trendfinder.pipeline.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.StoreFiles;

/**
 * The store on any Hadoop file system: a local folder, HDFS, {@code s3a://} or EMR's {@code s3://}.
 * Small files are written from the driver in one create-and-close, which on S3 is a single PUT that
 * becomes visible whole; nothing is renamed, so S3's lack of atomic rename never matters.
 *
 * <p>Files are created in S3A's "create performance" mode: a plain {@code create(path, overwrite)} first LISTs
 * {@code path/} to make sure no directory sits there, one LIST per file, which doubled the requests of a run's
 * write phase (hundreds of small plot files). Store keys are always files under a fresh attempt prefix or the
 * manifest, never a directory, so the check can never fire. Other file systems ignore the hint.
 */
public final class HadoopStoreFiles implements StoreFiles {

    private final Path root;
    private final FileSystem fs;

    /**
     * The store at {@code rootUri}: a local folder (a path or {@code file://}) goes through
     * {@link LocalStoreFiles}, whose writes are atomic renames; every other scheme through Hadoop.
     */
    public static StoreFiles forUri(String rootUri, Configuration conf) throws IOException {
        if (!rootUri.contains(":")) {
            return new LocalStoreFiles(Paths.get(rootUri));
        }
        if (rootUri.startsWith("file:")) {
            return new LocalStoreFiles(Paths.get(URI.create(rootUri)));
        }
        return new HadoopStoreFiles(rootUri, conf);
    }

    public HadoopStoreFiles(String rootUri, Configuration conf) throws IOException {
        String normalized = rootUri.endsWith("/") ? rootUri.substring(0, rootUri.length() - 1) : rootUri;
        this.root = new Path(normalized);
        FileSystem fileSystem = FileSystem.get(URI.create(normalized.contains(":") ? normalized : "file://"
                + new java.io.File(normalized).getAbsolutePath()), conf);
        // The local file system would write a .crc file beside every store file; the store has no use for them.
        this.fs = fileSystem instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fileSystem;
    }

    @Override
    public Optional<byte[]> read(String key) throws IOException {
        try (InputStream in = fs.open(resolve(key))) {
            return Optional.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /** S3A's createFile() option that skips the "is it a directory?" LIST (an optional hint elsewhere). */
    static final String CREATE_PERFORMANCE = "fs.s3a.create.performance";

    @Override
    public void write(String key, byte[] bytes) throws IOException {
        FSDataOutputStreamBuilder<?, ?> create = fs.createFile(resolve(key)).overwrite(true).recursive();
        create.opt(CREATE_PERFORMANCE, true);
        try (FSDataOutputStream out = (FSDataOutputStream) create.build()) {
            out.write(bytes);
        }
    }

    @Override
    public List<String> children(String prefix) throws IOException {
        Path dir = prefix.isEmpty() ? root : resolve(prefix);
        List<String> names = new ArrayList<>();
        try {
            // listStatusIterator pages through large listings instead of materializing one huge response.
            RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
            while (it.hasNext()) {
                FileStatus status = it.next();
                String name = status.getPath().getName();
                if (!name.isEmpty() && !name.startsWith(".") && !name.endsWith("_$folder$")) {
                    names.add(name);
                }
            }
        } catch (FileNotFoundException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        fs.delete(resolve(prefix), true);
    }

    @Override
    public String describe() {
        return fs.makeQualified(root).toString();
    }

    private Path resolve(String key) {
        if (key.startsWith("/") || key.contains("..") || key.contains("\\")) {
            throw new IllegalArgumentException("key outside the store: '" + key + "'");
        }
        String k = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        return k.isEmpty() ? root : new Path(root, k);
    }
}
