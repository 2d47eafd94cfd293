package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.InputFile.Cols;

/** Teachers.csv, normalized and tagged: prefix and first posting date; missing or repeated ids rejected. */
public final class TeacherTable {
    private TeacherTable() {
    }

    public static Dataset<Row> tag(RawTable raw) {
        Dataset<Row> parsed = raw.rows().select(
                trim(raw.col(Cols.TEACHER_ID)).as(ProjectColumns.TEACHER_ID),
                Categories.teacherPrefix(raw.col(Cols.TEACHER_PREFIX)).as(ProjectColumns.TEACHER_PREFIX),
                Dates.parsed(raw.col(Cols.TEACHER_FIRST_POSTED_DATE)).as(ProjectColumns.TEACHER_FIRST_POSTED_DATE),
                raw.corruptRecord(), raw.recordId());
        Dataset<Row> tagged = Rejection.tag(parsed, List.of(
                Rejection.malformedRow(),
                Rejection.missingId(ProjectColumns.TEACHER_ID, Cols.TEACHER_ID, lit(""))));
        return Duplicates.reject(tagged, ProjectColumns.TEACHER_ID, "duplicate_teacher_id", Cols.TEACHER_ID)
                .drop(RawTable.CORRUPT_RECORD);
    }
}
