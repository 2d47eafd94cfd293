package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Projects posted per day (days since 1970-01-01): the denominators of every share, and the projects a run date
 * used. A few thousand rows, from the job's first pass over the analyzed texts (which also fills their cache).
 */
public final class DailyTotals {

    private final TreeMap<Integer, Long> perDay;
    private final int lastDay;

    DailyTotals(Map<Integer, Long> perDay, int lastDay) {
        this.perDay = new TreeMap<>(perDay);
        this.lastDay = lastDay;
    }

    /** The projects of {@code texts} posted up to {@code lastDate}, per day. */
    public static DailyTotals of(AnalyzedTexts texts, LocalDate lastDate) {
        return of(texts.rows(), (int) lastDate.toEpochDay());
    }

    static DailyTotals of(Dataset<Row> projectTexts, int lastDay) {
        TreeMap<Integer, Long> perDay = new TreeMap<>();
        for (Row row : projectTexts.filter(projectTexts.col(ProjectTexts.DAY_COLUMN).leq(lastDay))
                .groupBy(ProjectTexts.DAY_COLUMN).count().collectAsList()) {
            perDay.put(row.getInt(0), row.getLong(1));
        }
        return new DailyTotals(perDay, lastDay);
    }

    /** Projects posted on or before {@code date}. */
    public long upTo(LocalDate date) {
        return perDay.headMap((int) date.toEpochDay(), true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The last day counted: the totals cover no later run. */
    int lastDay() {
        return lastDay;
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
