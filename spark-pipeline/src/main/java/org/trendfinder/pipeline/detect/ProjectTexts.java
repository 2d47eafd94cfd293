package org.trendfinder.pipeline.detect;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.pipeline.text.TextField;

/**
 * The narrow projection every term pass reads: id, teacher, school, posted day (days since 1970-01-01,
 * so no date objects are built per row) and the analyzed text columns, in this order.
 */
final class ProjectTexts {

    static final int ID = 0;
    static final int TEACHER = 1;
    static final int SCHOOL = 2;
    static final int DAY = 3;
    static final int FIRST_TEXT = 4;
    static final String DAY_COLUMN = "epoch_day";

    private ProjectTexts() {
    }

    static Dataset<Row> select(Dataset<Row> projects, List<TextField> fields) {
        return select(projects, fields, TextField::column);
    }

    /** As {@link #select(Dataset, List)}, each field's text read from the column {@code columnOf} names. */
    static Dataset<Row> select(Dataset<Row> projects, List<TextField> fields,
            java.util.function.Function<TextField, String> columnOf) {
        List<String> present = Arrays.asList(projects.columns());
        List<Column> columns = new ArrayList<>();
        for (String required : List.of(ProjectColumns.PROJECT_ID, ProjectColumns.TEACHER_ID, ProjectColumns.SCHOOL_ID,
                ProjectColumns.POSTED_DATE)) {
            requireColumn(present, required);
        }
        columns.add(col(ProjectColumns.PROJECT_ID));
        columns.add(col(ProjectColumns.TEACHER_ID));
        columns.add(col(ProjectColumns.SCHOOL_ID));
        columns.add(datediff(col(ProjectColumns.POSTED_DATE), to_date(lit("1970-01-01"))).as(DAY_COLUMN));
        for (TextField field : fields) {
            requireColumn(present, columnOf.apply(field));
            columns.add(col(columnOf.apply(field)).cast("string").as(field.column()));
        }
        return projects.select(columns.toArray(Column[]::new)).filter(col(DAY_COLUMN).isNotNull());
    }

    /** The text columns of a projected row. */
    static String[] texts(Row row) {
        String[] texts = new String[row.length() - FIRST_TEXT];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = row.isNullAt(FIRST_TEXT + i) ? null : row.getString(FIRST_TEXT + i);
        }
        return texts;
    }

    /** Rows (of the projection) whose posted day lies in one of the inclusive day ranges. */
    static Column inRanges(List<int[]> ranges) {
        Column any = lit(false);
        for (int[] range : merged(ranges)) {
            any = any.or(col(DAY_COLUMN).between(range[0], range[1]));
        }
        return any;
    }

    /**
     * The same days as fewer, sorted, non-overlapping ranges: a backfill's windows overlap, and a filter of a
     * hundred ORed ranges outgrows Spark's generated-code limit (64 KB a method).
     */
    static List<int[]> merged(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>();
        ranges.stream().filter(r -> r[0] <= r[1]).sorted(java.util.Comparator.comparingInt(r -> r[0]))
                .forEach(r -> sorted.add(r.clone()));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static void requireColumn(List<String> present, String column) {
        if (!present.contains(column)) {
            throw new IllegalArgumentException("the projects dataset has no column '" + column + "' (columns: "
                    + present + ")");
        }
    }
}
