package org.trendfinder.pipeline.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * A project as the aggregates read it, under one slug ({@link Aggregates#ALL} or a trend's): its categories and
 * the run indexes {@link RunRouting} gives it. {@code month} is the posting month as the stack spells it
 * ({@code yyyy-MM}).
 */
record StackRow(String slug, String projectId, LocalDate posted, String month, String state, String countyKey,
                String metroType, String povertyLevel, String gradeLevel, List<String> subjects,
                String resourceCategory, String teacherPrefix, Double cost, LocalDate fullyFunded, String status,
                String title, Integer daysToFunded, List<String> flags, int[] cuts, int[] recentRuns,
                int[] pendingRuns, long splitMask) {

    /** This project's row under {@code trend}'s slug. */
    StackRow under(String trend) {
        return new StackRow(trend, projectId, posted, month, state, countyKey, metroType, povertyLevel, gradeLevel,
                subjects, resourceCategory, teacherPrefix, cost, fullyFunded, status, title, daysToFunded, flags, cuts,
                recentRuns, pendingRuns, splitMask);
    }

    boolean isAll() {
        return Aggregates.ALL.equals(slug);
    }

    /** Reads stack rows by the positions of their columns, found once from the stack's schema. */
    static final class Reader implements Serializable {
        private static final long serialVersionUID = 1L;

        private final int slugs;
        private final int projectId;
        private final int posted;
        private final int month;
        private final int state;
        private final int countyKey;
        private final int metroType;
        private final int povertyLevel;
        private final int gradeLevel;
        private final int subjects;
        private final int resourceCategory;
        private final int teacherPrefix;
        private final int cost;
        private final int fullyFunded;
        private final int status;
        private final int title;
        private final int days;
        private final int flags;
        private final RunRouting routing;
        private final int splitMask;

        Reader(StructType schema, RunRouting routing) {
            this.routing = routing;
            slugs = schema.fieldIndex(ProjectStack.SLUGS);
            projectId = schema.fieldIndex(ProjectColumns.PROJECT_ID);
            posted = schema.fieldIndex(ProjectColumns.POSTED_DATE);
            month = schema.fieldIndex(ProjectStack.MONTH);
            state = schema.fieldIndex(ProjectColumns.STATE);
            countyKey = schema.fieldIndex(GeoSplit.COUNTY_KEY);
            metroType = schema.fieldIndex(ProjectColumns.METRO_TYPE);
            povertyLevel = schema.fieldIndex(ProjectColumns.POVERTY_LEVEL);
            gradeLevel = schema.fieldIndex(ProjectColumns.GRADE_LEVEL);
            subjects = schema.fieldIndex(ProjectColumns.SUBJECTS);
            resourceCategory = schema.fieldIndex(ProjectColumns.RESOURCE_CATEGORY);
            teacherPrefix = schema.fieldIndex(ProjectColumns.TEACHER_PREFIX);
            cost = schema.fieldIndex(ProjectColumns.COST);
            fullyFunded = schema.fieldIndex(ProjectColumns.FULLY_FUNDED_DATE);
            status = schema.fieldIndex(ProjectColumns.STATUS);
            title = schema.fieldIndex(ProjectColumns.TITLE);
            days = schema.fieldIndex(ProjectStack.DAYS);
            flags = schema.fieldIndex(ProjectStack.FLAGS);
            splitMask = schema.fieldIndex(ProjectStack.SPLIT_MASK);
        }

        /** The project's row under {@link Aggregates#ALL}; {@link #trends} gives the slugs it also counts under. */
        StackRow read(Row r) {
            LocalDate postedDate = date(r, posted);
            String postedMonth = r.getString(month);
            LocalDate funded = date(r, fullyFunded);
            return new StackRow(Aggregates.ALL, r.getString(projectId), postedDate, postedMonth, r.getString(state),
                    r.getString(countyKey), r.getString(metroType), r.getString(povertyLevel),
                    r.getString(gradeLevel), r.getList(subjects), r.getString(resourceCategory),
                    r.getString(teacherPrefix), r.isNullAt(cost) ? null : r.getDouble(cost), funded,
                    r.getString(status), r.getString(title), r.isNullAt(days) ? null : r.getInt(days),
                    r.getList(flags), routing.cuts(postedDate, postedMonth), routing.recentRuns(postedDate),
                    routing.pendingRuns(postedDate, funded), r.getLong(splitMask));
        }

        List<String> trends(Row r) {
            return r.getList(slugs);
        }

        private static LocalDate date(Row r, int i) {
            return r.isNullAt(i) ? null : r.getDate(i).toLocalDate();
        }
    }
}
