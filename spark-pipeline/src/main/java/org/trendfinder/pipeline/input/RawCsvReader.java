package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final SparkSession spark;

    public RawCsvReader(SparkSession spark) {
        this.spark = spark;
    }

    public RawTable read(String folderUri, InputFile file) {
        return read(new InputLocation(folderUri, spark.sparkContext().hadoopConfiguration()), file);
    }

    RawTable read(InputLocation folder, InputFile file) {
        FileStatus status = folder.file(file.fileName()).orElseThrow(() -> new InputException(
                file.fileName() + " not found in " + folder + " (expected the DonorsChoose files "
                        + List.of(InputFile.values()).stream().map(InputFile::fileName).toList()
                        + "); found: " + folder.listing()));
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
        Dataset<Row> rows = spark.read()
                .schema(new StructType(schema.toArray(StructField[]::new)))
                .option("header", "true")
                .option("enforceSchema", "true") // our schema is the header's own order; names are positional
                .option("multiLine", String.valueOf(file.multiLine()))
                .option("quote", "\"")
                .option("escape", "\"")
                .option("encoding", "UTF-8")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", RawTable.CORRUPT_RECORD)
                .csv(path)
                .withColumn(RawTable.RECORD_ID, monotonically_increasing_id());
        return new RawTable(file, path, rows, List.copyOf(header), Map.copyOf(fields), status.getLen());
    }
}
