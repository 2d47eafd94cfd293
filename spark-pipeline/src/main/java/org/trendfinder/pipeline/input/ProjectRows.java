package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.year;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.InputFile.Cols;

/**
 * Projects.csv parsed into {@link ProjectColumns} values and tagged with the row-level rejections
 * (malformed row, missing ids, unparseable posted date, bad cost). Rejections that need other files
 * (unknown school, repeated project id) are added by {@link NormalizedProjects}.
 */
public final class ProjectRows {
    static final String RAW_POSTED_DATE = "_raw_posted_date";
    static final String RAW_COST = "_raw_cost";

    private ProjectRows() {
    }

    public static Dataset<Row> tag(RawTable raw) {
        return tag(raw, ProjectColumns.TEXTS);
    }

    /**
     * @param texts the text columns to keep ({@link ProjectColumns#TEXTS} or fewer): the others are null, so
     *              essays a run does not read are never shuffled or cached
     */
    static Dataset<Row> tag(RawTable raw, java.util.Set<String> texts) {
        java.util.function.BiFunction<String, String, org.apache.spark.sql.Column> text = (header, column) ->
                (texts.contains(column) ? raw.col(header) : lit(null).cast("string")).as(column);
        Dataset<Row> parsed = raw.rows().select(
                trim(raw.col(Cols.PROJECT_ID)).as(ProjectColumns.PROJECT_ID),
                trim(raw.col(Cols.SCHOOL_ID)).as(ProjectColumns.SCHOOL_ID),
                trim(raw.col(Cols.TEACHER_ID)).as(ProjectColumns.TEACHER_ID),
                Dates.parsed(raw.col(Cols.PROJECT_POSTED_DATE)).as(ProjectColumns.POSTED_DATE),
                text.apply(Cols.PROJECT_TITLE, ProjectColumns.TITLE),
                text.apply(Cols.PROJECT_ESSAY, ProjectColumns.ESSAY),
                text.apply(Cols.PROJECT_SHORT_DESCRIPTION, ProjectColumns.SHORT_DESCRIPTION),
                text.apply(Cols.PROJECT_NEED_STATEMENT, ProjectColumns.NEED_STATEMENT),
                Categories.orUnknown(raw.col(Cols.PROJECT_RESOURCE_CATEGORY)).as(ProjectColumns.RESOURCE_CATEGORY),
                trim(raw.col(Cols.PROJECT_TYPE)).as(ProjectColumns.PROJECT_TYPE),
                SubjectTrees.split(raw.col(Cols.PROJECT_CATEGORY_TREE)).as(ProjectColumns.SUBJECTS),
                SubjectTrees.split(raw.col(Cols.PROJECT_SUBCATEGORY_TREE)).as(ProjectColumns.SUBJECT_SUBCATEGORIES),
                Categories.gradeLevel(raw.col(Cols.PROJECT_GRADE_LEVEL)).as(ProjectColumns.GRADE_LEVEL),
                Numbers.money(raw.col(Cols.PROJECT_COST)).as(ProjectColumns.COST),
                trim(raw.col(Cols.PROJECT_STATUS)).as(ProjectColumns.STATUS),
                Dates.parsed(raw.col(Cols.PROJECT_EXPIRATION_DATE)).as(ProjectColumns.EXPIRATION_DATE),
                Dates.parsed(raw.col(Cols.PROJECT_FULLY_FUNDED_DATE)).as(ProjectColumns.FULLY_FUNDED_DATE),
                Numbers.integer(raw.col(Cols.TEACHER_SEQUENCE)).as(ProjectColumns.TEACHER_PROJECT_SEQUENCE),
                raw.col(Cols.PROJECT_POSTED_DATE).as(RAW_POSTED_DATE),
                raw.col(Cols.PROJECT_COST).as(RAW_COST),
                raw.corruptRecord(), raw.recordId())
                .withColumn(ProjectColumns.POSTED_YEAR, year(col(ProjectColumns.POSTED_DATE)));
        return Rejection.tag(parsed, List.of(
                        Rejection.malformedRow(),
                        Rejection.missingId(ProjectColumns.PROJECT_ID, Cols.PROJECT_ID, lit("")),
                        Rejection.missingId(ProjectColumns.SCHOOL_ID, Cols.SCHOOL_ID, col(ProjectColumns.PROJECT_ID)),
                        Rejection.missingId(ProjectColumns.TEACHER_ID, Cols.TEACHER_ID, col(ProjectColumns.PROJECT_ID)),
                        Rejection.badPostedDate(Cols.PROJECT_POSTED_DATE, RAW_POSTED_DATE),
                        new Rejection("bad_cost", Cols.PROJECT_COST, Numbers.isBadMoney(col(RAW_COST)),
                                col(RAW_COST))))
                .drop(RAW_POSTED_DATE, RAW_COST, RawTable.CORRUPT_RECORD);
    }
}
