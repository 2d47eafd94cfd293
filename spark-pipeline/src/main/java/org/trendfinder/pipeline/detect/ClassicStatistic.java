package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendColumns;

/**
 * The 2018 TrendFinder statistic ({@code find_current_trends}), reproduced:
 * <ul>
 *   <li>current window: the {@code windowDays} (14) days up to and including the run date; n = its projects;</li>
 *   <li>history: the days before the window, walked back one day at a time into consecutive groups, each
 *       closed as soon as it holds at least n projects; 50 groups, or 30 when n exceeds 2 % of all history
 *       projects;</li>
 *   <li>candidates: keys in at least floor(0.005 n) window projects;</li>
 *   <li>per candidate: p = share of window projects containing it; mean and population sd of its share in
 *       the groups; outlier when |p - mean| &gt; 2 sd (both directions, as in 2018);</li>
 *   <li>weight = p x |p - mean| / sd; outliers ranked by weight (the top {@code topK} are reported).</li>
 * </ul>
 * Where 2018 failed, this class decides instead:
 * <ul>
 *   <li>sd = 0 (the share never moved): 2018 divided by zero. Here the test stays literally "|p - mean| &gt; 0"
 *       and the weight divides by a floor of 1 / (projects in all groups), the smallest share step the
 *       history can show, so such terms rank by p x deviation and stay finite;</li>
 *   <li>too little history for the groups (2018: IndexError), or no window projects (2018: division by zero):
 *       no trends, and a note says why.</li>
 * </ul>
 */
final class ClassicStatistic {

    private ClassicStatistic() {
    }

    /** The window, and the history groups as inclusive day ranges, newest first; or why there are none. */
    record Plan(int runDay, int windowStart, long windowProjects, long historyProjects, List<int[]> groups,
            List<Long> groupProjects, List<String> notes) {

        boolean usable() {
            return !groups.isEmpty();
        }

        List<int[]> dayRanges() {
            List<int[]> ranges = new ArrayList<>();
            ranges.add(new int[] {windowStart, runDay});
            if (usable()) {
                ranges.add(new int[] {groups.get(groups.size() - 1)[0], groups.get(0)[1]});
            }
            return ranges;
        }

        long minimumWindowProjects(double minWindowShare) {
            return (long) Math.floor(minWindowShare * windowProjects);
        }
    }

    static Plan plan(int runDay, DetectionParams params, DailyTotals totals) {
        int windowStart = runDay - params.windowDays() + 1;
        int historyEnd = windowStart - 1;
        long n = totals.between(windowStart, runDay);
        OptionalInt first = totals.firstDayUpTo(historyEnd);
        long history = first.isPresent() ? totals.between(first.getAsInt(), historyEnd) : 0;
        List<String> notes = new ArrayList<>();
        if (n == 0) {
            notes.add("no projects in the current window: nothing to compare");
            return new Plan(runDay, windowStart, n, history, List.of(), List.of(), notes);
        }
        if (history == 0) {
            notes.add("no projects before the current window: no history to compare with");
            return new Plan(runDay, windowStart, n, history, List.of(), List.of(), notes);
        }
        int groupsWanted = params.classicGroups();
        if ((double) n / history > 0.02) {
            groupsWanted = Math.min(30, groupsWanted);
            notes.add("the window holds " + n + " projects, over 2 % of the " + history
                    + " history projects: " + groupsWanted + " history groups instead of " + params.classicGroups());
        }
        List<int[]> groups = new ArrayList<>();
        List<Long> groupProjects = new ArrayList<>();
        int day = historyEnd;
        int firstDay = first.getAsInt();
        while (groups.size() < groupsWanted) {
            int groupEnd = day;
            long count = 0;
            while (count < n) {
                if (day < firstDay) {
                    notes.add("too little history: only " + groups.size() + " of " + groupsWanted
                            + " groups of at least " + n + " projects before the window; no trends reported");
                    return new Plan(runDay, windowStart, n, history, List.of(), List.of(), notes);
                }
                count += totals.on(day);
                day--;
            }
            groups.add(new int[] {day + 1, groupEnd});
            groupProjects.add(count);
        }
        return new Plan(runDay, windowStart, n, history, groups, groupProjects, notes);
    }

    static Detection detect(Plan plan, DetectionParams params, TermHistory history, Map<String, WindowTerm> window) {
        Map<String, RunManifest.Window> windows = windows(plan);
        List<String> notes = new ArrayList<>(plan.notes());
        if (!plan.usable()) {
            return new Detection(LocalDate.ofEpochDay(plan.runDay()), List.of(), windows, notes);
        }
        long totalGroupProjects = plan.groupProjects().stream().mapToLong(Long::longValue).sum();
        double sdFloor = 1.0 / totalGroupProjects;
        record Outlier(String key, WindowTerm term, double p, double mean, double sd, double deviation, double weight) {
        }
        List<Outlier> outliers = new ArrayList<>();
        int g = plan.groups().size();
        for (Map.Entry<String, WindowTerm> entry : window.entrySet()) {
            double[] shares = new double[g];
            double mean = 0;
            for (int i = 0; i < g; i++) {
                int[] group = plan.groups().get(i);
                shares[i] = (double) history.count(entry.getKey(), group[0], group[1]) / plan.groupProjects().get(i);
                mean += shares[i];
            }
            mean /= g;
            double variance = 0;
            for (double share : shares) {
                variance += (share - mean) * (share - mean);
            }
            double sd = Math.sqrt(variance / g);
            double p = (double) entry.getValue().projects / plan.windowProjects();
            double deviation = Math.abs(p - mean);
            if (deviation > params.classicSdMultiple() * sd) {
                double weight = p * deviation / Math.max(sd, sdFloor);
                outliers.add(new Outlier(entry.getKey(), entry.getValue(), p, mean, sd, deviation, weight));
            }
        }
        outliers.sort(Comparator.comparingDouble(Outlier::weight).reversed().thenComparing(Outlier::key));
        notes.add(outliers.size() + " terms deviate more than " + params.classicSdMultiple()
                + " sd from their history mean; " + Math.min(outliers.size(), params.topK()) + " reported");
        List<Trend> trends = new ArrayList<>();
        Slugs slugs = new Slugs();
        for (Outlier o : outliers.subList(0, Math.min(outliers.size(), params.topK()))) {
            String term = o.term().surface();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put(TrendColumns.HISTORICAL_SD, o.sd());
            extra.put(TrendColumns.DEVIATION, o.deviation());
            extra.put(TrendColumns.SD_RATIO, o.deviation() / Math.max(o.sd(), sdFloor));
            extra.put(TrendColumns.DIRECTION, o.p() > o.mean() ? "up" : "down");
            extra.put(TrendColumns.HISTORY_GROUPS, g);
            extra.put(TrendColumns.TEACHERS, o.term().teachers.size());
            extra.put(TrendColumns.SCHOOLS, o.term().schools.size());
            trends.add(new Trend(trends.size() + 1, term, o.key(), slugs.of(term), o.weight(), o.term().projects,
                    o.p(), o.mean(), o.p() / Math.max(o.mean(), sdFloor), extra));
        }
        return new Detection(LocalDate.ofEpochDay(plan.runDay()), trends, windows, notes);
    }

    private static Map<String, RunManifest.Window> windows(Plan plan) {
        Map<String, RunManifest.Window> windows = new LinkedHashMap<>();
        windows.put("current", new RunManifest.Window(day(plan.windowStart()), day(plan.runDay()),
                plan.windowProjects() + " projects posted in the window"));
        if (plan.usable()) {
            int[] oldest = plan.groups().get(plan.groups().size() - 1);
            windows.put("baseline", new RunManifest.Window(day(oldest[0]), day(plan.groups().get(0)[1]),
                    plan.groups().size() + " consecutive groups of at least " + plan.windowProjects()
                            + " projects, walking back day by day"));
        } else {
            windows.put("baseline", new RunManifest.Window(null, null, "not enough history"));
        }
        windows.put("seasonal", new RunManifest.Window(null, null, "not used in classic mode"));
        return windows;
    }

    static String day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
