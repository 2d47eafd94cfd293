package org.trendfinder.pipeline.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * One byte chunk's quote count and, for either quote parity at the chunk's start, the first line feed the
 * chunk holds outside quotes. With every chunk's count, the parity at each chunk start is known, and so a
 * likely record start in each chunk, without parsing: in well-formed CSV a line feed is a record end exactly
 * when an even number of quote characters precede it (an escaped quote is two of them).
 *
 * @param chunkStart         the chunk's first byte
 * @param quotes             quote bytes in the chunk
 * @param firstBreakIfEven   offset of the first line feed preceded by an even number of the chunk's quotes, or -1
 * @param firstBreakIfOdd    the same with an odd number
 * @param bareLineFeeds      line feeds not preceded by a carriage return
 */
final class QuoteScan implements Serializable { // not a record: Kryo, Spark's usual serializer, cannot build records
    private static final long serialVersionUID = 1L;

    private static final int BUFFER_BYTES = 1 << 16;

    private final long chunkStart;
    private final long quotes;
    private final long firstBreakIfEven;
    private final long firstBreakIfOdd;
    private final long bareLineFeeds;

    QuoteScan(long chunkStart, long quotes, long firstBreakIfEven, long firstBreakIfOdd, long bareLineFeeds) {
        this.chunkStart = chunkStart;
        this.quotes = quotes;
        this.firstBreakIfEven = firstBreakIfEven;
        this.firstBreakIfOdd = firstBreakIfOdd;
        this.bareLineFeeds = bareLineFeeds;
    }

    long quotes() {
        return quotes;
    }

    long bareLineFeeds() {
        return bareLineFeeds;
    }

    static QuoteScan of(String path, long chunkStart, long chunkEnd, Configuration conf) throws IOException {
        Path file = new Path(path);
        try (FSDataInputStream raw = file.getFileSystem(conf).open(file)) {
            raw.seek(Math.max(0, chunkStart - 1));
            InputStream in = new BufferedInputStream(raw, BUFFER_BYTES);
            byte previous = chunkStart == 0 ? 0 : (byte) in.read();
            byte[] buffer = new byte[BUFFER_BYTES];
            long quotes = 0;
            long bareLineFeeds = 0;
            long[] firstBreak = {-1, -1};
            long offset = 0;
            long length = chunkEnd - chunkStart;
            while (offset < length) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, length - offset));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quotes++;
                    } else if (b == '\n') {
                        if (firstBreak[(int) (quotes & 1)] < 0) {
                            firstBreak[(int) (quotes & 1)] = offset + i;
                        }
                        if (previous != '\r') {
                            bareLineFeeds++;
                        }
                    }
                    previous = b;
                }
                offset += n;
            }
            return new QuoteScan(chunkStart, quotes, firstBreak[0], firstBreak[1], bareLineFeeds);
        }
    }

    /** The first byte after this chunk's first line feed outside quotes, given the quotes before the chunk. */
    long recordStartAfter(long quotesBefore) {
        long offset = (quotesBefore & 1) == 0 ? firstBreakIfEven : firstBreakIfOdd;
        return offset < 0 ? -1 : chunkStart + offset + 1;
    }
}
