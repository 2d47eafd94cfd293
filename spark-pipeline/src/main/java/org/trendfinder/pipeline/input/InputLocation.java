package org.trendfinder.pipeline.input;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A folder on any Hadoop file system (local path, {@code file://}, {@code s3a://}, EMR {@code s3://}). A
 * path without a scheme is a local folder, as in {@code HadoopStoreFiles}.
 */
final class InputLocation {
    private final Path folder;
    private final FileSystem fs;

    InputLocation(String uri, Configuration conf) {
        String trimmed = uri.endsWith("/") && uri.length() > 1 ? uri.substring(0, uri.length() - 1) : uri;
        URI qualified = trimmed.contains(":") ? URI.create(trimmed) : new File(trimmed).getAbsoluteFile().toURI();
        this.folder = new Path(qualified);
        try {
            this.fs = folder.getFileSystem(conf);
        } catch (IOException e) {
            throw new InputException("cannot open " + uri + ": " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    FileSystem fileSystem() {
        return fs;
    }

    Path child(String name) {
        return new Path(folder, name);
    }

    /** The file's status when it exists as a regular file. */
    Optional<FileStatus> file(String name) {
        try {
            FileStatus status = fs.getFileStatus(child(name));
            return status.isFile() ? Optional.of(status) : Optional.empty();
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new InputException("cannot read " + child(name) + ": " + e.getMessage(), e);
        }
    }

    /** The CSV file {@code name}, or its gzip-compressed form {@code name.gz}. */
    Optional<FileStatus> csvFile(String name) {
        return file(name).or(() -> file(name + ".gz"));
    }

    /** Names in the folder, for error messages; empty when the folder does not exist. */
    List<String> listing() {
        List<String> names = new ArrayList<>();
        try {
            for (FileStatus s : fs.listStatus(folder)) {
                names.add(s.getPath().getName());
            }
        } catch (IOException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
