package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.trendfinder.store.RunManifest;

/**
 * The surging horizon of the default mode: which terms are used by a clearly larger share of projects in the current window
 * than usual, where "usual" accounts for the season.
 * <ul>
 *   <li><b>Window</b>: the {@code windowDays} days up to and including the run date; x of n projects contain the term.</li>
 *   <li><b>Trailing baseline</b>: the {@code baselineWeeks} whole Monday-Sunday weeks that end before the window.</li>
 *   <li><b>Seasonal baseline</b>: for each of the {@code seasonalYears} earlier years with data, the weeks that
 *       overlap the window moved back by that many years, pooled.</li>
 *   <li><b>Baseline</b>: whichever of the two gives the term the larger share; its counts x0 of n0 are used in
 *       the test. A word that rises every September meets its own last September and does not trend.</li>
 *   <li><b>Test</b>: shares, not counts, are compared, so platform growth is no trend. Conditional on the
 *       x + x0 projects containing the term, under "same share" x is Binomial(x + x0, n / (n + n0)); the
 *       one-sided p-value is P(X &ge; x). This is exact for small counts and carries the baseline's own
 *       uncertainty (unlike a z-test, or a binomial test against a fixed baseline share).</li>
 *   <li><b>False discoveries</b>: Benjamini-Hochberg over every tested candidate; kept when q &le; {@code fdrQ},
 *       the share rose, and at least {@code minTeachers} teachers and {@code minSchools} schools used it in
 *       the window (one teacher reposting is no trend).</li>
 *   <li><b>One trend once</b>: terms of the same projects are one trend, and words that only ride along with
 *       the trends are passed over, see {@link TrendGrouping}.</li>
 *   <li><b>Score</b>: the lower one-sided 95 % bound of the log lift, log((x/n)/(x0/n0)) - 1.645 se with
 *       se = sqrt(1/x - 1/n + 1/x0 - 1/n0) (Katz), 0.5 added to x and x0 when x0 = 0. It ranks by the rise we
 *       are confident of: a term going from 1 to 5 projects has a large but uncertain lift and ranks below one
 *       going from 100 to 300, while a common word's small relative rise ranks low however many projects it
 *       has. A p-value would rank by evidence only (big common words first); the raw lift by noise.</li>
 *   <li><b>Reported lift</b> = (x/n) / baseline share, the baseline share floored at 0.5 / n0 so a term new
 *       to the platform has a finite lift.</li>
 * </ul>
 * Too little history (the trailing baseline holds fewer projects than the window) gives no trends and a note.
 */
final class RiseStatistic {

    static final double Z_95_ONE_SIDED = 1.6448536269514722;

    private RiseStatistic() {
    }

    /** Week ranges are inclusive week numbers (see {@link TermHistory#WEEK_ORIGIN}). */
    record Plan(int runDay, int windowStart, long windowProjects, int trailingFrom, int trailingTo,
            long trailingProjects, List<int[]> seasonalWeeks, long seasonalProjects, List<String> notes) {

        boolean usable() {
            return windowProjects > 0 && trailingProjects >= windowProjects;
        }

        List<int[]> dayRanges() {
            List<int[]> ranges = new ArrayList<>();
            ranges.add(new int[] {windowStart, runDay});
            ranges.add(new int[] {firstDayOfWeek(trailingFrom), firstDayOfWeek(trailingTo) + 6});
            for (int[] weeks : seasonalWeeks) {
                ranges.add(new int[] {firstDayOfWeek(weeks[0]), firstDayOfWeek(weeks[1]) + 6});
            }
            return ranges;
        }

        long minimumWindowProjects(DetectionParams params) {
            return Math.max(params.minWindowProjects(), (long) Math.ceil(params.minWindowShare() * windowProjects));
        }
    }

    static int weekOf(int day) {
        return TermHistory.bucketOf(day, 7, TermHistory.WEEK_ORIGIN);
    }

    static int firstDayOfWeek(int week) {
        return TermHistory.WEEK_ORIGIN + 7 * week;
    }

    static Plan plan(int runDay, DetectionParams params, DailyTotals totals) {
        int windowStart = runDay - params.windowDays() + 1;
        long n = totals.between(windowStart, runDay);
        int trailingTo = weekOf(windowStart) - 1;
        int trailingFrom = trailingTo - params.baselineWeeks() + 1;
        OptionalInt first = totals.firstDayUpTo(runDay);
        List<String> notes = new ArrayList<>();
        int firstWeek = first.isPresent() ? weekOf(first.getAsInt()) : Integer.MAX_VALUE;
        trailingFrom = Math.max(trailingFrom, Math.min(firstWeek, trailingTo));
        long trailing = totals.between(firstDayOfWeek(trailingFrom), firstDayOfWeek(trailingTo) + 6);
        List<int[]> seasonal = new ArrayList<>();
        long seasonalProjects = 0;
        LocalDate start = LocalDate.ofEpochDay(windowStart);
        LocalDate end = LocalDate.ofEpochDay(runDay);
        for (int y = 1; y <= params.seasonalYears(); y++) {
            int from = weekOf((int) start.minusYears(y).toEpochDay());
            int to = weekOf((int) end.minusYears(y).toEpochDay());
            if (from < firstWeek) {
                break;  // that year is not (fully) in the data: earlier ones are not either
            }
            seasonal.add(new int[] {from, to});
            seasonalProjects += totals.between(firstDayOfWeek(from), firstDayOfWeek(to) + 6);
        }
        if (n == 0) {
            notes.add("no projects in the current window: nothing to compare");
        } else if (trailing < n) {
            notes.add("too little history: the trailing baseline holds " + trailing + " projects, fewer than the "
                    + n + " of the window; no trends reported");
        }
        if (seasonal.isEmpty() && params.seasonalYears() > 0) {
            notes.add("no earlier year in the data: the seasonal baseline is not used");
        }
        return new Plan(runDay, windowStart, n, trailingFrom, trailingTo, trailing, seasonal, seasonalProjects, notes);
    }

    /** Every candidate of the window (key to its window projects), tested against its baseline. */
    static List<Tested> testAll(Plan plan, TermHistory history, Map<String, Long> window) {
        List<Tested> tested = new ArrayList<>();
        window.forEach((key, x) -> tested.add(test(key, x, plan, history)));
        return tested;
    }

    static Tested test(String key, long x, Plan plan, TermHistory history) {
        long n = plan.windowProjects();
        long x0 = history.count(key, plan.trailingFrom(), plan.trailingTo());
        long n0 = plan.trailingProjects();
        String baseline = "trailing";
        if (plan.seasonalProjects() > 0) {
            long xs = 0;
            for (int[] weeks : plan.seasonalWeeks()) {
                xs += history.count(key, weeks[0], weeks[1]);
            }
            if ((double) xs / plan.seasonalProjects() > (double) x0 / n0) {
                x0 = xs;
                n0 = plan.seasonalProjects();
                baseline = "seasonal";
            }
        }
        double pValue = risePValue(x, n, x0, n0);
        return new Tested(key, null, x, n, x0, n0, baseline, pValue, logLiftLowerBound(x, n, x0, n0));
    }

    /** P(X >= x) for X ~ Binomial(x + x0, n / (n + n0)): the chance of a window share this high by luck. */
    static double risePValue(long x, long n, long x0, long n0) {
        if (x == 0) {
            return 1.0;
        }
        BinomialDistribution distribution = new BinomialDistribution(null, (int) (x + x0), (double) n / (n + n0));
        return Math.max(0.0, Math.min(1.0, 1.0 - distribution.cumulativeProbability((int) x - 1)));
    }

    static double logLiftLowerBound(long x, long n, long x0, long n0) {
        double a = x;
        double b = x0;
        if (x0 == 0) {
            a += 0.5;
            b += 0.5;
        }
        double logLift = Math.log((a / n) / (b / n0));
        double se = Math.sqrt(Math.max(0.0, 1 / a - 1.0 / n + 1 / b - 1.0 / n0));
        return logLift - Z_95_ONE_SIDED * se;
    }

    static Map<String, RunManifest.Window> windows(Plan plan) {
        Map<String, RunManifest.Window> windows = new LinkedHashMap<>();
        windows.put("current", new RunManifest.Window(ClassicStatistic.day(plan.windowStart()),
                ClassicStatistic.day(plan.runDay()), plan.windowProjects() + " projects posted in the window"));
        windows.put("baseline", new RunManifest.Window(ClassicStatistic.day(firstDayOfWeek(plan.trailingFrom())),
                ClassicStatistic.day(firstDayOfWeek(plan.trailingTo()) + 6), plan.trailingProjects()
                        + " projects in the whole weeks (Monday-Sunday) before the window"));
        if (plan.seasonalWeeks().isEmpty()) {
            windows.put("seasonal", new RunManifest.Window(null, null, "no earlier year in the data"));
        } else {
            List<String> years = new ArrayList<>();
            for (int[] weeks : plan.seasonalWeeks()) {
                years.add(ClassicStatistic.day(firstDayOfWeek(weeks[0])) + ".."
                        + ClassicStatistic.day(firstDayOfWeek(weeks[1]) + 6));
            }
            int[] oldest = plan.seasonalWeeks().get(plan.seasonalWeeks().size() - 1);
            int[] newest = plan.seasonalWeeks().get(0);
            windows.put("seasonal", new RunManifest.Window(ClassicStatistic.day(firstDayOfWeek(oldest[0])),
                    ClassicStatistic.day(firstDayOfWeek(newest[1]) + 6), plan.seasonalProjects()
                            + " projects in the weeks of the window in earlier years: " + String.join(", ", years)));
        }
        return windows;
    }
}
