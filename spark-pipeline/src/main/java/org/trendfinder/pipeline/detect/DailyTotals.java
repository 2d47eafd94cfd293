package org.trendfinder.pipeline.detect;

import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Projects posted per day (days since 1970-01-01): the denominators of every share. A few thousand rows. */
final class DailyTotals {

    private final TreeMap<Integer, Long> perDay;

    DailyTotals(Map<Integer, Long> perDay) {
        this.perDay = new TreeMap<>(perDay);
    }

    static DailyTotals of(Dataset<Row> projectTexts, int lastDay) {
        TreeMap<Integer, Long> perDay = new TreeMap<>();
        for (Row row : projectTexts.filter(projectTexts.col(ProjectTexts.DAY_COLUMN).leq(lastDay))
                .groupBy(ProjectTexts.DAY_COLUMN).count().collectAsList()) {
            perDay.put(row.getInt(0), row.getLong(1));
        }
        return new DailyTotals(perDay);
    }

    long on(int day) {
        return perDay.getOrDefault(day, 0L);
    }

    /** Projects posted from {@code from} to {@code to}, both inclusive. */
    long between(int from, int to) {
        if (from > to) {
            return 0;
        }
        long sum = 0;
        for (long n : perDay.subMap(from, true, to, true).values()) {
            sum += n;
        }
        return sum;
    }

    /** The first day with a project, or empty when there is none up to {@code to}. */
    java.util.OptionalInt firstDayUpTo(int to) {
        if (perDay.isEmpty() || perDay.firstKey() > to) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(perDay.firstKey());
    }
}
