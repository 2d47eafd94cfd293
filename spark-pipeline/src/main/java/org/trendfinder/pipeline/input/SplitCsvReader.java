package org.trendfinder.pipeline.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.csv.CSVHeaderChecker;
import org.apache.spark.sql.catalyst.csv.CSVOptions;
import org.apache.spark.sql.catalyst.csv.UnivocityParser;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import scala.collection.JavaConverters;

/**
 * Reads one CSV file whose quoted fields hold line breaks in parallel byte ranges, with the same rows, values
 * and malformed-row records as Spark's multi-line CSV read, which reads such a file in a single task.
 * <p>
 * A small Spark job first: each byte chunk counts its quotes and notes its first line feed for either quote
 * parity ({@link QuoteScan}), so the driver places one range start per chunk. Then the rows, parsed by Spark's
 * own CSV parser with the options the multi-line read uses, one task per range. A range start cannot be proven
 * by parity alone (a stray quote inside an unquoted field flips it), so each range proves its own end while it
 * is parsed ({@link CsvRange}'s sentinel): range 0 starts at a record, and each range that ends between records
 * starts the next one there. A range that does not fails its task with {@link MisplacedCsvRange}, and
 * {@link RawInputs#read} reads the input again with the file in one task. (A separate pass proving every end
 * before the read parsed the file twice: 4.7 to 5.6 s of task time at 250,000 projects.)
 */
final class SplitCsvReader {
    private static final Logger LOG = LoggerFactory.getLogger(SplitCsvReader.class);
    private static final int MAX_FIRST_LINE_BYTES = 1 << 20;
    private static final String ENCODING = "UTF-8";

    private final SparkSession spark;
    private final long chunkBytes;

    SplitCsvReader(SparkSession spark, long chunkBytes) {
        this.spark = spark;
        this.chunkBytes = chunkBytes;
    }

    /**
     * @param schema  the file's columns (all strings, header order) followed by the corrupt-record column
     * @param options the Spark CSV options of the equivalent multi-line read
     * @return the rows in file order, one partition per range; a task whose range turns out misplaced fails with
     *         {@link MisplacedCsvRange}
     */
    Dataset<Row> read(FileStatus file, StructType schema, Map<String, String> options) {
        String path = file.getPath().toString();
        long bytes = file.getLen();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        byte[] firstLine = firstLine(file, conf);
        List<CsvRange> ranges = ranges(jsc, conf, path, bytes, firstLine);
        LOG.info("{}: reading {} bytes in {} ranges", path, bytes, ranges.size());
        HashMap<String, String> opts = new HashMap<>(options);
        JavaRDD<InternalRow> rows = jsc.parallelize(ranges, ranges.size())
                .mapPartitions(it -> parse(it.next(), conf, opts, schema));
        return spark.internalCreateDataFrame(rows.rdd(), schema, false);
    }

    private List<CsvRange> ranges(JavaSparkContext jsc, SerializableConfiguration conf, String path, long bytes,
                                  byte[] firstLine) {
        long chunk = chunkBytes; // a local: the task closure must not capture this reader
        int chunks = (int) Math.max(1, (bytes + chunk - 1) / chunk);
        List<Long> starts = new ArrayList<>(List.of(0L));
        if (chunks > 1 && firstLine.length > 0) {
            List<Long> chunkStarts = LongStream.range(0, chunks).map(i -> i * chunk).boxed().toList();
            List<QuoteScan> scans = jsc.parallelize(chunkStarts, chunks)
                    .map(s -> QuoteScan.of(path, s, Math.min(bytes, s + chunk), conf.value()))
                    .collect();
            boolean crlfFirstLine = firstLine.length > 1 && firstLine[firstLine.length - 2] == '\r';
            if (crlfFirstLine && scans.stream().anyMatch(scan -> scan.bareLineFeeds() > 0)) {
                // The parser takes "\r\n" from the first line; where a bare "\n" then ends a record depends
                // on its read buffers, which a range does not reproduce: such a file is read whole.
                return List.of(new CsvRange(0, path, 0, bytes, bytes, firstLine));
            }
            long quotesBefore = 0;
            for (QuoteScan scan : scans) {
                long start = scan.recordStartAfter(quotesBefore);
                if (start > starts.get(starts.size() - 1) && start < bytes) {
                    starts.add(start);
                }
                quotesBefore += scan.quotes();
            }
        }
        List<CsvRange> ranges = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long end = i + 1 < starts.size() ? starts.get(i + 1) : bytes;
            ranges.add(new CsvRange(i, path, starts.get(i), end, bytes, firstLine));
        }
        return ranges;
    }

    private static Iterator<InternalRow> parse(CsvRange range, SerializableConfiguration conf,
                                               Map<String, String> opts, StructType schema) throws IOException {
        Iterator<InternalRow> rows = parsed(range, conf, opts, schema);
        return range.isLast() ? rows : new SentinelDropping(rows, range);
    }

    /** Spark's own multi-line CSV parse (its parser, header handling and malformed-row records) of the range. */
    private static Iterator<InternalRow> parsed(CsvRange range, SerializableConfiguration conf,
                                                Map<String, String> opts, StructType schema) throws IOException {
        CSVOptions options = csvOptions(opts);
        StructType data = new StructType(java.util.Arrays.stream(schema.fields())
                .filter(f -> !f.name().equals(options.columnNameOfCorruptRecord())).toArray(
                        org.apache.spark.sql.types.StructField[]::new));
        UnivocityParser parser = new UnivocityParser(data, data, options);
        CSVHeaderChecker header = new CSVHeaderChecker(data, options, range.path(), true);
        InputStream in = range.open(conf.value());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) ctx -> closeQuietly(in));
        }
        return JavaConverters.asJavaIterator(UnivocityParser.parseStream(in, parser, header, schema));
    }

    static CSVOptions csvOptions(Map<String, String> opts) {
        scala.collection.immutable.Map<String, String> map = JavaConverters.mapAsScalaMap(opts)
                .toMap(scala.Predef$.MODULE$.<scala.Tuple2<String, String>>$conforms());
        return new CSVOptions(map, false, "UTC");
    }

    private static byte[] firstLine(FileStatus file, SerializableConfiguration conf) {
        try (InputStream in = file.getPath().getFileSystem(conf.value()).open(file.getPath())) {
            byte[] line = in.readNBytes((int) Math.min(MAX_FIRST_LINE_BYTES, file.getLen()));
            for (int i = 0; i < line.length; i++) {
                if (line[i] == '\n') {
                    return java.util.Arrays.copyOf(line, i + 1);
                }
            }
            return new byte[0]; // no line feed near the start: read the file whole
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getPath(), e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.debug("closing a CSV range", e);
        }
    }

    /** Passes every row but the range's closing sentinel row, which must be the last one. */
    private static final class SentinelDropping implements Iterator<InternalRow> {
        private static final UTF8String SENTINEL = UTF8String.fromString(CsvRange.SENTINEL);
        private final Iterator<InternalRow> rows;
        private final CsvRange range;
        private InternalRow next;
        private boolean ended;

        SentinelDropping(Iterator<InternalRow> rows, CsvRange range) {
            this.rows = rows;
            this.range = range;
        }

        @Override
        public boolean hasNext() {
            if (next != null || ended) {
                return next != null;
            }
            if (!rows.hasNext()) {
                throw new MisplacedCsvRange(range.path(), range.start(), range.end());
            }
            InternalRow row = rows.next();
            if (isSentinel(row)) {
                ended = true;
                return false;
            }
            next = row;
            return true;
        }

        static boolean isSentinel(InternalRow row) {
            return !row.isNullAt(0) && SENTINEL.equals(row.getUTF8String(0));
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            InternalRow row = next;
            next = null;
            return row;
        }
    }
}
