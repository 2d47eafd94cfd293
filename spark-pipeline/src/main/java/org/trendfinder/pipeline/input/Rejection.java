package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * One reason to reject a row: a condition on the row, the field it concerns and the offending value.
 * Rows are tagged, not dropped: {@link #REASON}, {@link #FIELD} and {@link #VALUE} hold the first rule a
 * row breaks (null for good rows), so one cached pass can count rejects by reason and keep good rows.
 *
 * @param reason    short code, e.g. {@code bad_posted_date}
 * @param field     the header column concerned
 * @param condition true when the row breaks the rule
 * @param value     the value to report (truncated to {@link #MAX_VALUE_CHARS})
 */
public record Rejection(String reason, String field, Column condition, Column value) {

    public static final String REASON = "_reject_reason";
    public static final String FIELD = "_reject_field";
    public static final String VALUE = "_reject_value";
    static final int MAX_VALUE_CHARS = 200;

    /** Tags every row with the first rule it breaks, in list order. */
    public static Dataset<Row> tag(Dataset<Row> rows, List<Rejection> rules) {
        Column reason = lit(null).cast(DataTypes.StringType);
        Column field = lit(null).cast(DataTypes.StringType);
        Column value = lit(null).cast(DataTypes.StringType);
        // Built from the last rule to the first so the first matching rule wins.
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rejection r = rules.get(i);
            Column hit = coalesce(r.condition(), lit(false));
            reason = when(hit, lit(r.reason())).otherwise(reason);
            field = when(hit, lit(r.field())).otherwise(field);
            value = when(hit, truncated(r.value())).otherwise(value);
        }
        return rows.withColumn(REASON, reason).withColumn(FIELD, field).withColumn(VALUE, value);
    }

    /** Adds a rule to rows tagged earlier; rows already rejected keep their first reason. */
    public static Dataset<Row> also(Dataset<Row> tagged, Rejection r) {
        Column hit = col(REASON).isNull().and(coalesce(r.condition(), lit(false)));
        return tagged
                .withColumn(VALUE, when(hit, truncated(r.value())).otherwise(col(VALUE)))
                .withColumn(FIELD, when(hit, lit(r.field())).otherwise(col(FIELD)))
                .withColumn(REASON, when(hit, lit(r.reason())).otherwise(col(REASON)));
    }

    /** The first rule of every file: a line the CSV parser could not split into the header's columns, reported as read. */
    static Rejection malformedRow() {
        return new Rejection("malformed_row", "(row)", col(RawTable.CORRUPT_RECORD).isNotNull(),
                col(RawTable.CORRUPT_RECORD));
    }

    /**
     * A blank id ({@code idColumn}, e.g. {@code project_id}, read from the header column {@code field}) rejects
     * the row as {@code missing_<idColumn>}, reporting {@code value}.
     */
    static Rejection missingId(String idColumn, String field, Column value) {
        return new Rejection("missing_" + idColumn, field, Values.isBlank(col(idColumn)), value);
    }

    /** A posted date that did not parse (null once parsed) rejects the row, reporting the text read from {@code rawColumn}. */
    static Rejection badPostedDate(String field, String rawColumn) {
        return new Rejection("bad_posted_date", field, col(ProjectColumns.POSTED_DATE).isNull(), col(rawColumn));
    }

    public static Column isGood() {
        return col(REASON).isNull();
    }

    private static Column truncated(Column value) {
        return substring(value.cast(DataTypes.StringType), 1, MAX_VALUE_CHARS);
    }
}
