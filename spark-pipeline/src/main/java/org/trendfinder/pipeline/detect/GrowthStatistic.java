package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendColumns;

/**
 * The growing horizon: terms whose share has been rising for months, as a practice spreading from school to
 * school does. The surging test misses them: its trailing baseline (the last half year) rises with a slow
 * grower. Here the comparison is year over year, so seasons cancel and a slow rise adds up:
 * <ul>
 *   <li><b>Window</b>: the last {@code growth.weeks()} weeks (26: half a year) up to the run date, x of n projects;</li>
 *   <li><b>Baseline</b>: the same weeks one year (52 weeks) earlier, x0 of n0;</li>
 *   <li><b>Test</b>: the same exact conditional binomial test as the surging horizon, Benjamini-Hochberg over this
 *       horizon's candidates on its own;</li>
 *   <li><b>Sustained</b>: the monthly shares ({@code growth.periods()} blocks of 4 weeks, ending
 *       {@link #SUSTAINED_WEEKS} weeks before the run date's week) rise: {@link SlopeTest} p &le;
 *       {@code growth.slopeAlpha()}. Ending the blocks two months back means a burst of the last weeks is
 *       surging, not growing, until it has lasted; and the last 4 weeks' share must still exceed the baseline
 *       share, so a spike that has ended is not growing while it fades out of the window.</li>
 * </ul>
 * Score and lift as in {@link RiseStatistic}. Less than a year of history before the window: no growing trends,
 * and a note.
 */
final class GrowthStatistic {

    /** The monthly blocks of the slope test end this many weeks before the run date's week. */
    static final int SUSTAINED_WEEKS = 8;
    static final int PERIOD_WEEKS = 4;
    static final int YEAR_WEEKS = 52;
    /** Fewer monthly blocks in the data than this: the slope test is not meaningful. */
    static final int MIN_PERIODS = 6;

    private GrowthStatistic() {
    }

    /**
     * @param periodFirstWeeks first week of each monthly block, oldest first
     * @param periodProjects   projects per block
     * @param lastWeeks        the 4 whole weeks before the run date's week: first week, and their projects
     */
    record Plan(int runDay, int windowStart, long windowProjects, int yearBeforeFrom, int yearBeforeTo,
            long yearBeforeProjects, int[] periodFirstWeeks, long[] periodProjects, int lastWeeksFrom,
            long lastWeeksProjects, List<String> notes) {

        boolean usable() {
            return windowProjects > 0 && yearBeforeProjects > 0 && lastWeeksProjects > 0
                    && periodFirstWeeks.length >= MIN_PERIODS;
        }

        List<int[]> dayRanges() {
            List<int[]> ranges = new ArrayList<>();
            ranges.add(new int[] {windowStart, runDay});
            ranges.add(new int[] {RiseStatistic.firstDayOfWeek(yearBeforeFrom), RiseStatistic.firstDayOfWeek(yearBeforeTo) + 6});
            if (periodFirstWeeks.length > 0) {
                int last = periodFirstWeeks[periodFirstWeeks.length - 1] + PERIOD_WEEKS - 1;
                ranges.add(new int[] {RiseStatistic.firstDayOfWeek(periodFirstWeeks[0]), RiseStatistic.firstDayOfWeek(last) + 6});
            }
            ranges.add(new int[] {RiseStatistic.firstDayOfWeek(lastWeeksFrom), RiseStatistic.firstDayOfWeek(lastWeeksFrom + PERIOD_WEEKS - 1) + 6});
            return ranges;
        }

        long minimumWindowProjects(DetectionParams params) {
            return Math.max(params.minWindowProjects(), (long) Math.ceil(params.minWindowShare() * windowProjects));
        }
    }

    static Plan plan(int runDay, DetectionParams params, DailyTotals totals) {
        DetectionParams.Growth growth = params.growth();
        int windowStart = runDay - 7 * growth.weeks() + 1;
        long n = totals.between(windowStart, runDay);
        int yearBeforeFrom = RiseStatistic.weekOf(windowStart) - YEAR_WEEKS;
        int yearBeforeTo = RiseStatistic.weekOf(runDay) - YEAR_WEEKS;
        OptionalInt first = totals.firstDayUpTo(runDay);
        int firstWeek = first.isPresent() ? RiseStatistic.weekOf(first.getAsInt()) : Integer.MAX_VALUE;
        List<String> notes = new ArrayList<>();
        long yearBefore = 0;
        if (growth.weeks() == 0) {
            notes.add("growing horizon off (growth weeks = 0)");
        } else if (firstWeek <= yearBeforeFrom) {
            yearBefore = weeks(totals, yearBeforeFrom, yearBeforeTo);
        } else {
            notes.add("less than a year of history before the growth window: no growing trends");
        }
        int runWeek = RiseStatistic.weekOf(runDay);
        List<Integer> firstWeeks = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        int lastBlockEnd = runWeek - SUSTAINED_WEEKS - 1;
        for (int k = growth.periods() - 1; k >= 0; k--) {
            int from = lastBlockEnd - PERIOD_WEEKS * (k + 1) + 1;
            if (from >= firstWeek) {
                firstWeeks.add(from);
                projects.add(weeks(totals, from, from + PERIOD_WEEKS - 1));
            }
        }
        int lastWeeksFrom = runWeek - PERIOD_WEEKS;
        return new Plan(runDay, windowStart, n, yearBeforeFrom, yearBeforeTo, yearBefore,
                firstWeeks.stream().mapToInt(Integer::intValue).toArray(),
                projects.stream().mapToLong(Long::longValue).toArray(), lastWeeksFrom,
                weeks(totals, lastWeeksFrom, runWeek - 1), notes);
    }

    private static long weeks(DailyTotals totals, int fromWeek, int toWeek) {
        return totals.between(RiseStatistic.firstDayOfWeek(fromWeek), RiseStatistic.firstDayOfWeek(toWeek) + 6);
    }

    static Tested test(String key, long x, Plan plan, TermHistory history) {
        long n = plan.windowProjects();
        long x0 = history.count(key, plan.yearBeforeFrom(), plan.yearBeforeTo());
        long n0 = plan.yearBeforeProjects();
        long[] k = new long[plan.periodFirstWeeks().length];
        for (int i = 0; i < k.length; i++) {
            k[i] = history.count(key, plan.periodFirstWeeks()[i], plan.periodFirstWeeks()[i] + PERIOD_WEEKS - 1);
        }
        double slope = SlopeTest.risingPValue(k, plan.periodProjects());
        return new Tested(key, null, x, n, x0, n0, "year_before", RiseStatistic.risePValue(x, n, x0, n0),
                RiseStatistic.logLiftLowerBound(x, n, x0, n0), slope);
    }

    /** The horizon's extra conditions beyond a significant rise: sustained, and not over. */
    static boolean sustained(Tested t, Plan plan, TermHistory history, DetectionParams params) {
        if (!(t.slopePValue() <= params.growth().slopeAlpha())) {
            return false;
        }
        long recent = history.count(t.key(), plan.lastWeeksFrom(), plan.lastWeeksFrom() + PERIOD_WEEKS - 1);
        return (double) recent / plan.lastWeeksProjects() > t.baselineShare();
    }

    static void addWindows(Plan plan, Map<String, RunManifest.Window> windows) {
        windows.put(TrendColumns.GROWTH_CURRENT_WINDOW, new RunManifest.Window(day(plan.windowStart()),
                day(plan.runDay()), plan.windowProjects() + " projects in the growing horizon's recent weeks"));
        windows.put(TrendColumns.GROWTH_BASELINE_WINDOW, new RunManifest.Window(
                day(RiseStatistic.firstDayOfWeek(plan.yearBeforeFrom())),
                day(RiseStatistic.firstDayOfWeek(plan.yearBeforeTo()) + 6),
                plan.yearBeforeProjects() + " projects in the same weeks one year earlier"));
    }

    private static String day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
