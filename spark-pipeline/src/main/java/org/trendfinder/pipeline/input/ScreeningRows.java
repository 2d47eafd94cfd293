package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.trendfinder.pipeline.input.ScreeningFile.Cols;

/**
 * train.csv / test.csv rows parsed into {@link ProjectColumns} values and tagged with the row-level
 * rejections (malformed row, missing ids, unparseable submission date). What the files lack stays unknown:
 * see {@link ScreeningProjects#UNAVAILABLE}.
 */
final class ScreeningRows {
    /** The school a project's teacher works at is all these files say about it: the teacher stands in. */
    static final String SCHOOL_OF_TEACHER = "teacher:";
    private static final String RAW_SUBMITTED = "_raw_submitted";

    private ScreeningRows() {
    }

    static Dataset<Row> tag(RawTable raw) {
        Column essays = concat_ws("\n\n", Cols.ESSAYS.stream().map(raw::col).toArray(Column[]::new));
        Column teacher = trim(raw.col(Cols.TEACHER_ID));
        Column state = StateCodes.code(raw.col(Cols.SCHOOL_STATE));
        Dataset<Row> parsed = raw.rows().select(
                trim(raw.col(Cols.ID)).as(ProjectColumns.PROJECT_ID),
                concat(lit(SCHOOL_OF_TEACHER), teacher).as(ProjectColumns.SCHOOL_ID),
                teacher.as(ProjectColumns.TEACHER_ID),
                Dates.parsed(raw.col(Cols.SUBMITTED)).as(ProjectColumns.POSTED_DATE),
                raw.col(Cols.TITLE).as(ProjectColumns.TITLE),
                when(essays.notEqual(""), essays).as(ProjectColumns.ESSAY),
                none(DataTypes.StringType).as(ProjectColumns.SHORT_DESCRIPTION),
                raw.col(Cols.RESOURCE_SUMMARY).as(ProjectColumns.NEED_STATEMENT),
                lit(Categories.UNKNOWN).as(ProjectColumns.RESOURCE_CATEGORY),
                none(DataTypes.StringType).as(ProjectColumns.PROJECT_TYPE),
                SubjectTrees.split(raw.col(Cols.SUBJECTS)).as(ProjectColumns.SUBJECTS),
                SubjectTrees.split(raw.col(Cols.SUBCATEGORIES)).as(ProjectColumns.SUBJECT_SUBCATEGORIES),
                Categories.gradeLevel(raw.col(Cols.GRADE)).as(ProjectColumns.GRADE_LEVEL),
                none(DataTypes.StringType).as(ProjectColumns.STATUS),
                none(DataTypes.DateType).as(ProjectColumns.EXPIRATION_DATE),
                none(DataTypes.DateType).as(ProjectColumns.FULLY_FUNDED_DATE),
                Categories.teacherPrefix(raw.col(Cols.TEACHER_PREFIX)).as(ProjectColumns.TEACHER_PREFIX),
                none(DataTypes.DateType).as(ProjectColumns.TEACHER_FIRST_POSTED_DATE),
                // the count of earlier projects, so this project's place in the teacher's sequence is one more
                Numbers.integer(raw.col(Cols.PREVIOUS_PROJECTS)).plus(lit(1)).as(ProjectColumns.TEACHER_PROJECT_SEQUENCE),
                none(DataTypes.StringType).as(ProjectColumns.SCHOOL_NAME),
                state.as(ProjectColumns.STATE),
                none(DataTypes.StringType).as(ProjectColumns.SCHOOL_CITY),
                none(DataTypes.StringType).as(ProjectColumns.SCHOOL_COUNTY),
                none(DataTypes.StringType).as(ProjectColumns.SCHOOL_ZIP),
                none(DataTypes.StringType).as(ProjectColumns.SCHOOL_DISTRICT),
                lit(Categories.UNKNOWN_METRO).as(ProjectColumns.METRO_TYPE),
                none(DataTypes.DoubleType).as(ProjectColumns.FREE_LUNCH_PCT),
                lit(PovertyBands.UNKNOWN).as(ProjectColumns.POVERTY_LEVEL),
                raw.col(Cols.SUBMITTED).as(RAW_SUBMITTED),
                raw.corruptRecord(), raw.recordId())
                .withColumn(ProjectColumns.POSTED_YEAR, year(col(ProjectColumns.POSTED_DATE)));
        return Rejection.tag(parsed, List.of(
                        Rejection.malformedRow(),
                        Rejection.missingId(ProjectColumns.PROJECT_ID, Cols.ID, lit("")),
                        Rejection.missingId(ProjectColumns.TEACHER_ID, Cols.TEACHER_ID, col(ProjectColumns.PROJECT_ID)),
                        Rejection.badPostedDate(Cols.SUBMITTED, RAW_SUBMITTED)))
                .withColumn(RejectTally.WARNING, when(Rejection.isGood()
                        .and(col(ProjectColumns.STATE).equalTo(StateCodes.UNKNOWN)), lit(SchoolTable.UNMAPPED_STATE)))
                .drop(RAW_SUBMITTED, RawTable.CORRUPT_RECORD);
    }

    private static Column none(DataType type) {
        return lit(null).cast(type);
    }
}
