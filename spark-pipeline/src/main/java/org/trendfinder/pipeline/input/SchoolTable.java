package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.trendfinder.pipeline.input.InputFile.Cols;

/**
 * Schools.csv, normalized and tagged: state as USPS code, metro type, free-lunch share and poverty band,
 * plus the optional boolean flags the file carries. Rows without a school id, malformed rows and repeated
 * school ids are rejected; an unmapped state is only a warning ({@link #UNMAPPED_STATE}).
 */
public final class SchoolTable {
    public static final String UNMAPPED_STATE = "unmapped_state";

    private SchoolTable() {
    }

    /** The present flag columns (snake case), in {@link ProjectColumns#SCHOOL_FLAGS} order. */
    public static List<String> flagColumns(RawTable raw) {
        return SchoolFlags.HEADERS.stream().filter(raw::has).map(SchoolFlags::columnFor).toList();
    }

    public static Dataset<Row> tag(RawTable raw) {
        Column id = trim(raw.col(Cols.SCHOOL_ID));
        Column freeLunch = Numbers.percent(raw.col(Cols.SCHOOL_FREE_LUNCH));
        List<Column> columns = new ArrayList<>(List.of(
                id.as(ProjectColumns.SCHOOL_ID),
                raw.col(Cols.SCHOOL_NAME).as(ProjectColumns.SCHOOL_NAME),
                StateCodes.code(raw.col(Cols.SCHOOL_STATE)).as(ProjectColumns.STATE),
                raw.col(Cols.SCHOOL_CITY).as(ProjectColumns.SCHOOL_CITY),
                raw.col(Cols.SCHOOL_COUNTY).as(ProjectColumns.SCHOOL_COUNTY),
                raw.col(Cols.SCHOOL_ZIP).as(ProjectColumns.SCHOOL_ZIP),
                raw.col(Cols.SCHOOL_DISTRICT).as(ProjectColumns.SCHOOL_DISTRICT),
                Categories.metroType(raw.col(Cols.SCHOOL_METRO_TYPE)).as(ProjectColumns.METRO_TYPE),
                freeLunch.as(ProjectColumns.FREE_LUNCH_PCT),
                PovertyBands.of(freeLunch).as(ProjectColumns.POVERTY_LEVEL)));
        for (String header : SchoolFlags.HEADERS) {
            if (raw.has(header)) {
                columns.add(flag(raw.col(header)).as(SchoolFlags.columnFor(header)));
            }
        }
        columns.add(raw.col(Cols.SCHOOL_STATE).as("_raw_state"));
        columns.add(raw.corruptRecord());
        columns.add(raw.recordId());
        Dataset<Row> parsed = raw.rows().select(columns.toArray(Column[]::new));
        Dataset<Row> tagged = Rejection.tag(parsed, List.of(
                Rejection.malformedRow(),
                Rejection.missingId(ProjectColumns.SCHOOL_ID, Cols.SCHOOL_ID, lit(""))));
        tagged = Duplicates.reject(tagged, ProjectColumns.SCHOOL_ID, "duplicate_school_id", Cols.SCHOOL_ID);
        return tagged
                .withColumn(RejectTally.WARNING, when(Rejection.isGood()
                        .and(col(ProjectColumns.STATE).equalTo(StateCodes.UNKNOWN)), lit(UNMAPPED_STATE)))
                .drop("_raw_state", RawTable.CORRUPT_RECORD);
    }

    /** t/f, true/false, yes/no, y/n, 1/0 (any case); null otherwise. */
    static Column flag(Column text) {
        Column v = lower(trim(text));
        return when(v.isin("t", "true", "yes", "y", "1"), lit(true))
                .when(v.isin("f", "false", "no", "n", "0"), lit(false))
                .otherwise(lit(null).cast(DataTypes.BooleanType));
    }
}
