package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The collected aggregates as one run date sees them: monthly counts up to the run date only (the run's own
 * month is its cut, later months do not exist) and the run's recent period.
 */
final class RunSlice {

    private final Aggregates aggregates;
    private final RunCalendar calendar;
    private final LocalDate runDate;
    private final int runIndex;
    private final YearMonth runMonth;

    RunSlice(Aggregates aggregates, RunCalendar calendar, LocalDate runDate) {
        this.aggregates = aggregates;
        this.calendar = calendar;
        this.runDate = runDate;
        this.runIndex = calendar.index(runDate);
        this.runMonth = YearMonth.from(runDate);
    }

    LocalDate runDate() {
        return runDate;
    }

    YearMonth runMonth() {
        return runMonth;
    }

    Aggregates aggregates() {
        return aggregates;
    }

    /** Projects of {@code slug} (or {@link Aggregates#ALL}) carrying {@code token} in {@code month}, up to the run date. */
    long monthly(String slug, String token, YearMonth month) {
        if (month.isAfter(runMonth)) {
            return 0;
        }
        Map<MonthCut, Long> counts = aggregates.monthly().tokens(slug).get(token);
        if (counts == null) {
            return 0;
        }
        return counts.getOrDefault(new MonthCut(month, calendar.cutFor(runDate, month)), 0L);
    }

    long total(String slug, YearMonth month) {
        return monthly(slug, Aggregates.TOTAL, month);
    }

    OptionalDouble medianCost(String slug, YearMonth month) {
        if (month.isAfter(runMonth)) {
            return OptionalDouble.empty();
        }
        Double d = aggregates.medianCosts().bySlug().getOrDefault(slug, Map.of())
                .get(new MonthCut(month, calendar.cutFor(runDate, month)));
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    /** The first month with a project of {@code slug} up to the run date. */
    Optional<YearMonth> firstMonth(String slug) {
        Map<MonthCut, Long> counts = aggregates.monthly().tokens(slug).get(Aggregates.TOTAL);
        if (counts == null) {
            return Optional.empty();
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !e.getKey().month().isAfter(runMonth)
                        && e.getKey().cut() == calendar.cutFor(runDate, e.getKey().month()))
                .map(e -> e.getKey().month())
                .min(YearMonth::compareTo);
    }

    /** Months from {@code first} to the run month, inclusive. */
    List<YearMonth> monthsFrom(YearMonth first) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(runMonth); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Monthly tokens of {@code slug} starting with {@code prefix}. */
    List<String> tokensStartingWith(String slug, String prefix) {
        return aggregates.monthly().tokens(slug).keySet().stream().filter(t -> t.startsWith(prefix)).sorted().toList();
    }

    /** dimension -> category -> projects over the recent period, for {@code slug} or {@link Aggregates#ALL}. */
    Map<String, Map<String, Long>> recent(String slug) {
        return aggregates.recent().of(runIndex, slug);
    }

    long recentTotal(String slug) {
        return recent(slug).getOrDefault(Aggregates.RECENT_TOTAL, Map.of()).getOrDefault(Aggregates.RECENT_TOTAL, 0L);
    }

    /** Projects of {@code month} funded {@code days} after posting but only after the run date. */
    Map<Integer, Long> pending(String slug, YearMonth month) {
        return aggregates.fundedAfterRun().of(runIndex, slug, month);
    }

    List<ExampleProjects.Example> examples(String slug) {
        return aggregates.examples().of(runIndex, slug);
    }
}
