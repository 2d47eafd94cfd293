package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.detect.TrendMembership;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * What every aggregation reads: each project once, narrowed to the columns the analyses read, with the trends it
 * belongs to ({@link #SLUGS}), and the {@link RunRouting} that routes it to the run dates' aggregates.
 * {@link StackPass} counts a row under {@link Aggregates#ALL} and under each of its trends: the stack of
 * all-projects rows and trend rows that the aggregates read. (The trend rows were once a union of joined copies,
 * which read and narrowed every trend project once more per trend.) The column names are the aggregations' shared
 * vocabulary.
 *
 * @param rows    the narrowed projects
 * @param routing the run dates' month cuts, recent periods and pending fundings
 */
record ProjectStack(Dataset<Row> rows, RunRouting routing) {

    static final String SLUG = TrendMembership.SLUG;
    /** The slugs of the trends the project belongs to (sorted; empty for most projects). */
    static final String SLUGS = "slugs";
    private static final String TRENDS_KEY = "_trends_project_id";
    static final String MONTH = "month";
    static final String FLAGS = "school_flags";
    static final String DAYS = "days_to_funded";
    /** Bit i set: the project is inside geo split i. */
    static final String SPLIT_MASK = "split_mask";

    static ProjectStack of(Dataset<Row> projects, Dataset<Row> membership, RunCalendar calendar,
                           List<String> flags, List<GeoSplit> splits, AnalysisParams params) {
        Dataset<Row> narrow = narrow(projects, flags, splits);
        Dataset<Row> trends = membership.groupBy(col(ProjectColumns.PROJECT_ID).as(TRENDS_KEY))
                .agg(sort_array(collect_set(col(SLUG))).as(SLUGS));
        Dataset<Row> rows = narrow.join(trends, narrow.col(ProjectColumns.PROJECT_ID).equalTo(col(TRENDS_KEY)), "left")
                .withColumn(SLUGS, coalesce(col(SLUGS), array().cast("array<string>")))
                .drop(TRENDS_KEY);
        return new ProjectStack(rows, new RunRouting(calendar, params));
    }

    /** The columns the analyses read. */
    private static Dataset<Row> narrow(Dataset<Row> projects, List<String> flags, List<GeoSplit> splits) {
        Column posted = col(ProjectColumns.POSTED_DATE);
        Column funded = col(ProjectColumns.FULLY_FUNDED_DATE);
        Dataset<Row> base = projects.select(
                col(ProjectColumns.PROJECT_ID),
                posted,
                date_format(posted, "yyyy-MM").as(MONTH),
                unknownIfNull(ProjectColumns.STATE, "Unknown"),
                GeoSplit.countyKey(col(ProjectColumns.SCHOOL_COUNTY)).as(GeoSplit.COUNTY_KEY),
                unknownIfNull(ProjectColumns.METRO_TYPE, "unknown"),
                unknownIfNull(ProjectColumns.POVERTY_LEVEL, "unknown"),
                unknownIfNull(ProjectColumns.GRADE_LEVEL, "Unknown"),
                coalesce(col(ProjectColumns.SUBJECTS), expr("cast(array() as array<string>)"))
                        .as(ProjectColumns.SUBJECTS),
                unknownIfNull(ProjectColumns.RESOURCE_CATEGORY, "Unknown"),
                unknownIfNull(ProjectColumns.TEACHER_PREFIX, "Unknown"),
                col(ProjectColumns.COST).cast("double").as(ProjectColumns.COST),
                funded,
                col(ProjectColumns.STATUS),
                col(ProjectColumns.TITLE),
                when(funded.isNotNull().and(funded.geq(posted)), datediff(funded, posted)).as(DAYS),
                setFlags(flags).as(FLAGS));
        // one bit per split (bit i: inside split i) keeps the rows narrow
        Column mask = lit(0L);
        for (int i = 0; i < splits.size(); i++) {
            mask = mask.bitwiseOR(when(splits.get(i).inside(), lit(1L << i)).otherwise(lit(0L)));
        }
        return base.withColumn(SPLIT_MASK, mask);
    }

    private static Column unknownIfNull(String column, String unknown) {
        return coalesce(col(column), lit(unknown)).as(column);
    }

    /** The names of the school flags set for the project (an empty array when the input has none). */
    private static Column setFlags(List<String> flags) {
        List<Column> conditions = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        for (String flag : flags) {
            conditions.add(col(flag).equalTo(lit(true)));
            names.add(flag);
        }
        return valuesWhere(conditions, names, "string");
    }

    /**
     * The values whose condition holds, in their order, as a concatenation of constant one-value arrays, not
     * array_compact over an array of optional values: array_compact is a lambda the generated code cannot hold,
     * so Spark interpreted it for every row.
     */
    private static Column valuesWhere(List<Column> conditions, List<?> values, String elementType) {
        Column none = array().cast("array<" + elementType + ">");
        if (conditions.isEmpty()) {
            return none;
        }
        List<Column> parts = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            Column one = array(lit(values.get(i))).cast("array<" + elementType + ">");
            parts.add(when(conditions.get(i), one).otherwise(none));
        }
        return concat(parts.toArray(Column[]::new));
    }
}
