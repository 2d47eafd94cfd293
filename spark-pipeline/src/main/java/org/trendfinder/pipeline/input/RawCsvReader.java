package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one DonorsChoose CSV file with an explicit all-string schema built from its header, in PERMISSIVE
 * mode so malformed rows land in {@link RawTable#CORRUPT_RECORD} instead of stopping the run. Values are
 * parsed later, where a bad value can be rejected with its reason. A missing file or required column throws
 * {@link InputException} before Spark reads anything.
 */
public final class RawCsvReader {
    /** A multi-line file is split in chunks of about this size, a multiple of the cores in number. */
    private static final long TARGET_CHUNK_BYTES = 64L << 20;
    /** Below this, splitting costs more (two extra small jobs) than it saves. */
    private static final long MIN_SPLIT_BYTES = 8L << 20;

    /** Spark setting that turns the byte-range read off ({@code false}): every multi-line file in one task. */
    public static final String SPLIT_SETTING = "spark.trendfinder.csv.split";
    /** Spark setting fixing the byte-range size (bytes) instead of choosing it from the file size and cores. */
    public static final String SPLIT_BYTES_SETTING = "spark.trendfinder.csv.splitBytes";

    private final SparkSession spark;
    private final long chunkBytes;
    private final boolean split;

    public RawCsvReader(SparkSession spark) {
        this(spark, 0);
    }

    /** @param chunkBytes the byte-range size for multi-line files; 0 to choose from the file size and cores */
    RawCsvReader(SparkSession spark, long chunkBytes) {
        this(spark, chunkBytes, true);
    }

    private RawCsvReader(SparkSession spark, long chunkBytes, boolean split) {
        this.spark = spark;
        this.chunkBytes = chunkBytes;
        this.split = split;
    }

    /** This reader with every multi-line file read in one task: the read that cannot misplace a record. */
    RawCsvReader inOneTask() {
        return new RawCsvReader(spark, chunkBytes, false);
    }

    public RawTable read(String folderUri, CsvFileSpec file) {
        return read(new InputLocation(folderUri, spark.sparkContext().hadoopConfiguration()), file);
    }

    RawTable read(InputLocation folder, CsvFileSpec file) {
        FileStatus status = folder.csvFile(file.fileName()).orElseThrow(() -> new InputException(
                file.fileName() + " not found (nor " + file.fileName() + ".gz) in " + folder
                        + "; found: " + folder.listing()));
        String path = status.getPath().toString();
        List<String> header = CsvHeader.read(folder.fileSystem(), status.getPath());
        Map<String, String> fields = new LinkedHashMap<>();
        List<StructField> schema = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String field = "c" + i;
            fields.putIfAbsent(RawTable.key(header.get(i)), field); // a repeated header name: the first wins
            schema.add(DataTypes.createStructField(field, DataTypes.StringType, true));
        }
        for (String required : file.requiredColumns()) {
            if (!fields.containsKey(RawTable.key(required))) {
                throw new InputException(file.fileName() + ": required column '" + required + "' is missing in "
                        + path + "; found columns: " + header);
            }
        }
        schema.add(DataTypes.createStructField(RawTable.CORRUPT_RECORD, DataTypes.StringType, true));
        StructType struct = new StructType(schema.toArray(StructField[]::new));
        Map<String, String> options = Map.of(
                "header", "true",
                "enforceSchema", "true", // our schema is the header's own order; names are positional
                "multiLine", String.valueOf(file.multiLine()),
                "quote", "\"",
                "escape", "\"",
                "encoding", "UTF-8",
                "mode", "PERMISSIVE",
                "columnNameOfCorruptRecord", RawTable.CORRUPT_RECORD);
        Dataset<Row> parsed = splittable(file, status)
                .map(chunk -> new SplitCsvReader(spark, chunk).read(status, struct, options))
                .orElseGet(() -> spark.read().schema(struct).options(options).csv(path));
        Dataset<Row> rows = parsed.withColumn(RawTable.RECORD_ID, monotonically_increasing_id());
        return new RawTable(file, path, rows, List.copyOf(header), Map.copyOf(fields), status.getLen());
    }

    /**
     * The chunk size to split a multi-line file by, when it is worth splitting. Spark splits files without
     * quoted line breaks itself; a compressed file cannot be split.
     */
    private Optional<Long> splittable(CsvFileSpec file, FileStatus status) {
        String name = status.getPath().getName().toLowerCase(java.util.Locale.ROOT);
        if (!split || !file.multiLine() || !name.endsWith(".csv")
                || !Boolean.parseBoolean(spark.conf().get(SPLIT_SETTING, "true"))) {
            return Optional.empty();
        }
        long fixed = chunkBytes > 0 ? chunkBytes : Long.parseLong(spark.conf().get(SPLIT_BYTES_SETTING, "0"));
        if (fixed > 0) {
            return Optional.of(fixed);
        }
        if (status.getLen() < MIN_SPLIT_BYTES) {
            return Optional.empty();
        }
        long cores = Math.max(1, spark.sparkContext().defaultParallelism());
        long chunks = cores * Math.max(1, (status.getLen() + cores * TARGET_CHUNK_BYTES - 1) / (cores * TARGET_CHUNK_BYTES));
        return Optional.of((status.getLen() + chunks - 1) / chunks);
    }
}
