package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.trendfinder.store.PlotColumns;

/**
 * The small tables the Spark pass produces, collected to the driver. Every table is keyed by slug, with
 * {@link #ALL} standing for "all projects"; monthly tables are keyed by (month, cut) as {@link RunCalendar}
 * explains, run-keyed tables by the run's index in {@link RunCalendar#runDates()}.
 */
final class Aggregates {

    /** The slug key of the all-projects rows (not a valid slug, so it never clashes with a trend). */
    static final String ALL = "*";
    /** The monthly token counting every project. */
    static final String TOTAL = "total";
    /** Prefix of the monthly tokens counting projects fully funded {@code n} days after posting. */
    static final String FUNDED_DAYS = "days:";
    /**
     * The subject dimension: a project counts once in each of its subjects ({@code ProjectColumns.SUBJECTS}).
     * Named like the {@code by_subject} plot's category column, which shows it.
     */
    static final String SUBJECT = PlotColumns.SUBJECT;
    /** The {@code recent} dimension holding each run's total count. */
    static final String RECENT_TOTAL = "_total";

    record MonthCut(YearMonth month, int cut) {
    }

    /** An example project of a trend in a run's recent period. */
    record Example(String projectId, String title, String state, LocalDate postedDate, String status, Double cost,
                   LocalDate fullyFundedDate) {
    }

    /** slug -> token -> (month, cut) -> projects. */
    final Map<String, Map<String, Map<MonthCut, Long>>> monthly = new HashMap<>();
    /** slug -> (month, cut) -> median cost. */
    final Map<String, Map<MonthCut, Double>> medianCost = new HashMap<>();
    /** run -> slug -> dimension -> category -> projects, over the run's recent period. */
    final Map<Integer, Map<String, Map<String, Map<String, Long>>>> recent = new HashMap<>();
    /** run -> slug -> month -> days to funded -> projects funded after the run date (to subtract). */
    final Map<Integer, Map<String, Map<YearMonth, Map<Integer, Long>>>> pending = new HashMap<>();
    /** slug -> posted date -> [trend projects, inside split 0, inside split 1, ...]. */
    final Map<String, NavigableMap<LocalDate, long[]>> splitDaily = new HashMap<>();
    /** run -> slug -> examples, most recent first. */
    final Map<Integer, Map<String, List<Example>>> examples = new HashMap<>();
    /** Projects matching each metro county (all projects, any date). */
    final Map<MetroCounties.County, Long> countyMatches = new HashMap<>();
    /** Wall time of each aggregation, for the run manifest. */
    final Map<String, Long> timingsMillis = new java.util.LinkedHashMap<>();
    /** School flags the input carried. */
    List<String> flags = List.of();
    List<String> splitNames = List.of();

    void addMonthly(String slug, String token, YearMonth month, int cut, long n) {
        monthly.computeIfAbsent(slug, k -> new HashMap<>()).computeIfAbsent(token, k -> new HashMap<>())
                .merge(new MonthCut(month, cut), n, Long::sum);
    }

    /** Tokens seen for {@code slug}. */
    Map<String, Map<MonthCut, Long>> tokens(String slug) {
        return monthly.getOrDefault(slug, Map.of());
    }

    static NavigableMap<LocalDate, long[]> newDaily() {
        return new TreeMap<>();
    }
}
