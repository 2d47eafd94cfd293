package org.trendfinder.pipeline.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.io.input.BoundedInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * Bytes {@code [start, end)} of one CSV file, beginning at a record start, as a stream a CSV parser reads
 * exactly as it would read the whole file from that record on.
 * <p>
 * Two things make a range look like a whole file to the parser. A range after the first is preceded by the
 * file's own first line ({@code firstLine}): the parser detects the line separator from it as it does for the
 * file, and it is dropped as the header is. A range that ends before the end of the file is followed by a line
 * holding only {@link #SENTINEL}: when the range truly ends between records, the sentinel comes out as a
 * record of its own, last; when the range ends inside a record (a quoted field still open), it is swallowed
 * by that record. That tells a correctly placed range end from a wrong one.
 *
 * @param index     position among the file's ranges (the Spark partition index)
 * @param path      the file
 * @param start     first byte (0, or just after a line feed)
 * @param end       one past the last byte
 * @param fileBytes the file's length
 * @param firstLine the file's first line with its line ending (prepended to every range but the first)
 */
final class CsvRange implements Serializable { // not a record: Kryo, Spark's usual serializer, cannot build records
    private static final long serialVersionUID = 1L;

    static final String SENTINEL = "tf-csv-range-end-5e1f07c2";
    private static final int BUFFER_BYTES = 1 << 20;

    private final int index;
    private final String path;
    private final long start;
    private final long end;
    private final long fileBytes;
    private final byte[] firstLine;

    CsvRange(int index, String path, long start, long end, long fileBytes, byte[] firstLine) {
        this.index = index;
        this.path = path;
        this.start = start;
        this.end = end;
        this.fileBytes = fileBytes;
        this.firstLine = firstLine;
    }

    int index() {
        return index;
    }

    String path() {
        return path;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    boolean isLast() {
        return end >= fileBytes;
    }

    /** The range as the parser reads it; the caller closes it (which closes the file). */
    InputStream open(Configuration conf) throws IOException {
        Path file = new Path(path);
        FSDataInputStream in = file.getFileSystem(conf).open(file);
        try {
            in.seek(start);
            InputStream body = BoundedInputStream.builder()
                    .setInputStream(new BufferedInputStream(in, BUFFER_BYTES))
                    .setMaxCount(end - start)
                    .get();
            InputStream prefix = new ByteArrayInputStream(start == 0 ? new byte[0] : firstLine);
            InputStream suffix = new ByteArrayInputStream(isLast() ? new byte[0]
                    : SENTINEL.getBytes(StandardCharsets.UTF_8));
            return new SequenceInputStream(java.util.Collections.enumeration(List.of(prefix, body, suffix)));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
