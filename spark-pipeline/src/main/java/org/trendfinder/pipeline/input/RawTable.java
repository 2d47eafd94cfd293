package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * One CSV file read as strings: every header column under a positional name, Spark's malformed-row column
 * {@link #CORRUPT_RECORD} and a per-row {@link #RECORD_ID} from which the record number is recovered.
 *
 * @param file    which input file
 * @param path    the file's full path, for messages
 * @param rows    the rows
 * @param header  the header as found in the file
 * @param fields  header name as {@link #key} -> positional column name
 * @param bytes   the file's size
 */
public record RawTable(CsvFileSpec file, String path, Dataset<Row> rows, List<String> header,
                       Map<String, String> fields, long bytes) {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[._\\s]+");

    public static final String CORRUPT_RECORD = "_corrupt_record";
    /** {@code monotonically_increasing_id()} of the scan: partition index in the upper bits, row in the lower. */
    public static final String RECORD_ID = "_record_id";

    /** The header column's values, or a null string column when an optional column is absent. */
    public Column col(String headerName) {
        String field = fields.get(key(headerName));
        return field == null ? lit(null).cast(DataTypes.StringType) : rows.col(field);
    }

    public boolean has(String headerName) {
        return fields.containsKey(key(headerName));
    }

    public Column corruptRecord() {
        return rows.col(CORRUPT_RECORD);
    }

    public Column recordId() {
        return rows.col(RECORD_ID);
    }

    /**
     * The header name compared without case and with dots, underscores and runs of blanks alike, so the 2018
     * names match the same files written by R ({@code Project.Posted.Date}) or with snake-case names.
     */
    static String key(String headerName) {
        return SEPARATORS.matcher(headerName.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
