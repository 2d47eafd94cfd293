package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per Monday-Sunday week up to a run date, the projects containing each given key, and all projects
 * posted that week: a term's share over time, from the same scan the detector uses.
 */
public final class WeeklyTermCounts {

    public static final StructType SCHEMA = new StructType()
            .add("week_start", DataTypes.DateType, false)
            .add("key", DataTypes.StringType, false)
            .add("projects", DataTypes.LongType, false)
            .add("total_projects", DataTypes.LongType, false);

    private WeeklyTermCounts() {
    }

    /**
     * Rows (week_start, key, projects, total_projects) ordered by week and key, for every week with at least
     * one project from the first project to the run date; a key absent that week has projects = 0.
     * Projects posted after {@code runDate} are ignored.
     */
    public static Dataset<Row> of(Dataset<Row> projects, Collection<String> keys, DetectionParams params,
            LocalDate runDate) {
        Dataset<Row> texts = ProjectTexts.select(projects, params.fields());
        int runDay = (int) runDate.toEpochDay();
        DailyTotals totals = DailyTotals.of(texts, runDay);
        List<Row> rows = new ArrayList<>();
        if (totals.firstDayUpTo(runDay).isPresent()) {
            int firstDay = totals.firstDayUpTo(runDay).getAsInt();
            List<int[]> range = List.of(new int[] {firstDay, runDay});
            TermHistory history = HistoryScan.run(texts, range, List.of(), List.of(Set.copyOf(keys)),
                    params.maxNgram(), 7, TermHistory.WEEK_ORIGIN, firstDay, runDay, false);
            List<String> sorted = keys.stream().distinct().sorted().toList();
            for (int week = RiseStatistic.weekOf(firstDay); week <= RiseStatistic.weekOf(runDay); week++) {
                int start = RiseStatistic.firstDayOfWeek(week);
                long total = totals.between(start, Math.min(start + 6, runDay));
                if (total == 0) {
                    continue;
                }
                for (String key : sorted) {
                    rows.add(RowFactory.create(java.sql.Date.valueOf(LocalDate.ofEpochDay(start)), key,
                            history.count(key, week, week), total));
                }
            }
        }
        return projects.sparkSession().createDataFrame(rows, SCHEMA);
    }
}
