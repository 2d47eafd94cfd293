package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.text.TextField;

/**
 * Finds the trends of one or many run dates (a backfill) with one pass per stage for all of them, over texts
 * analyzed once ({@link AnalyzedTexts}):
 * <ol>
 *   <li>daily project totals (a tiny aggregate) fix every run's window, baselines and the days to read;</li>
 *   <li>{@link WindowCandidates}: only the window projects are read, giving each run's candidate keys;</li>
 *   <li>{@link HistoryScan}: one scan of the days any run needs counts projects per candidate and bucket;</li>
 *   <li>each run's statistic runs on the driver: {@link ClassicStatistic}, or {@link DefaultDetection}'s tests of
 *       both horizons, then {@link WindowDetails} passes for the window details of the terms that rose, as
 *       many run dates to a pass as the driver's heap holds ({@link DetailPasses}).</li>
 * </ol>
 * A run only reads days on or before its run date, so backfilled runs equal runs made one by one.
 */
public final class TrendDetector {

    private final DetectionParams params;
    /**
     * Window-details entries (rising key, window project) one pass may send the driver: each partition sends the
     * ids, teachers and schools of every rising term in each window it reads, so a pass must not hold a whole
     * backfill at Kaggle scale.
     */
    private final long detailsPerPass;

    /** A detector whose details passes are sized to this JVM's heap (the driver's). */
    public TrendDetector(DetectionParams params) {
        this(params, DetailPasses.budgetFor(Runtime.getRuntime().maxMemory()));
    }

    TrendDetector(DetectionParams params, long detailsPerPass) {
        if (detailsPerPass < 1) {
            throw new IllegalArgumentException("detailsPerPass must be at least 1: " + detailsPerPass);
        }
        this.params = params;
        this.detailsPerPass = detailsPerPass;
    }

    public DetectionParams params() {
        return params;
    }

    /** As {@link #detect(AnalyzedTexts, List)}, analyzing the projects' texts for this call only. */
    public Map<LocalDate, Detection> detect(Dataset<Row> projects, List<LocalDate> runDates) {
        AnalyzedTexts texts = AnalyzedTexts.of(projects, params.fields()).persist();
        try {
            return detect(texts, runDates);
        } finally {
            texts.unpersist();
        }
    }

    /** @param texts the projects' texts, analyzed for {@link DetectionParams#fields()} (persist them: read 4 times) */
    public Map<LocalDate, Detection> detect(AnalyzedTexts texts, List<LocalDate> runDates) {
        if (runDates.isEmpty()) {
            return Map.of();
        }
        return detect(texts, DailyTotals.of(texts, java.util.Collections.max(runDates)), runDates);
    }

    /** As {@link #detect(AnalyzedTexts, List)}, with the texts' projects per day up to the last run date. */
    public Map<LocalDate, Detection> detect(AnalyzedTexts texts, DailyTotals totals, List<LocalDate> runDates) {
        if (runDates.isEmpty()) {
            return Map.of();
        }
        texts.requireFields(params.fields());
        List<Integer> runDays = new ArrayList<>(new TreeSet<>(runDates.stream().map(d -> (int) d.toEpochDay()).toList()));
        int lastRunDay = runDays.get(runDays.size() - 1);
        if (totals.lastDay() < lastRunDay) {
            throw new IllegalArgumentException("the daily totals end on " + LocalDate.ofEpochDay(totals.lastDay())
                    + ", before the last run date " + LocalDate.ofEpochDay(lastRunDay));
        }

        boolean classic = params.mode() == Mode.CLASSIC;
        int runs = runDays.size();
        List<ClassicStatistic.Plan> classicPlans = new ArrayList<>();
        List<RiseStatistic.Plan> risePlans = new ArrayList<>();
        List<GrowthStatistic.Plan> growthPlans = new ArrayList<>();
        // Windows 0..runs-1 are each run's current window; in the default mode, windows runs..2*runs-1 are each
        // run's growing-horizon window (its last weeks), with candidates of their own.
        List<int[]> windows = new ArrayList<>();
        List<int[]> dayRanges = new ArrayList<>();
        List<Long> minimums = new ArrayList<>();
        for (int runDay : runDays) {
            windows.add(new int[] {runDay - params.windowDays() + 1, runDay});
            if (classic) {
                ClassicStatistic.Plan plan = ClassicStatistic.plan(runDay, params, totals);
                classicPlans.add(plan);
                dayRanges.addAll(plan.dayRanges());
                // A run without usable history needs no candidates: an impossible minimum skips it.
                minimums.add(plan.usable() ? Math.max(1, plan.minimumWindowProjects(params.minWindowShare()))
                        : Long.MAX_VALUE);
            } else {
                RiseStatistic.Plan plan = RiseStatistic.plan(runDay, params, totals);
                risePlans.add(plan);
                dayRanges.addAll(plan.dayRanges());
                minimums.add(plan.usable() ? plan.minimumWindowProjects(params) : Long.MAX_VALUE);
            }
        }
        if (!classic) {
            for (int runDay : runDays) {
                GrowthStatistic.Plan plan = GrowthStatistic.plan(runDay, params, totals);
                growthPlans.add(plan);
                windows.add(plan.usable() ? new int[] {plan.windowStart(), runDay} : new int[] {runDay + 1, runDay});
                if (plan.usable()) {
                    dayRanges.addAll(plan.dayRanges());
                }
                minimums.add(plan.usable() ? plan.minimumWindowProjects(params) : Long.MAX_VALUE);
            }
        }
        List<Set<String>> candidates = WindowCandidates.find(texts.postedIn(windows).rows(), windows,
                minimums.stream().mapToLong(Long::longValue).toArray(), params.maxNgram());
        int firstDay = dayRanges.stream().mapToInt(range -> range[0]).min().orElseThrow();
        int lastDay = dayRanges.stream().mapToInt(range -> range[1]).max().orElseThrow();
        TermHistory history = HistoryScan.run(texts.postedIn(dayRanges).rows(), dayRanges, windows, candidates, params.maxNgram(),
                classic ? 1 : 7, classic ? 0 : TermHistory.WEEK_ORIGIN, firstDay, lastDay, classic);

        Map<Integer, Detection> byDay = new LinkedHashMap<>();
        if (classic) {
            for (int r = 0; r < runs; r++) {
                byDay.put(runDays.get(r), ClassicStatistic.detect(classicPlans.get(r), params, history,
                        history.windowTerms.get(r)));
            }
        } else {
            List<DefaultDetection.Inputs> inputs = new ArrayList<>();
            List<DefaultDetection.Rises> rises = new ArrayList<>();
            List<Set<String>> risingKeys = new ArrayList<>(java.util.Collections.nCopies(2 * runs, Set.of()));
            for (int r = 0; r < runs; r++) {
                DefaultDetection.Inputs in = new DefaultDetection.Inputs(risePlans.get(r), history.windowProjects(r),
                        growthPlans.get(r), history.windowProjects(runs + r));
                DefaultDetection.Rises rise = DefaultDetection.test(in, params, history);
                inputs.add(in);
                rises.add(rise);
                risingKeys.set(r, rise.keys());
                risingKeys.set(runs + r, rise.keys());
            }
            byDay.putAll(withDetails(texts, runDays, windows, risingKeys, inputs, rises));
        }
        Map<LocalDate, Detection> result = new LinkedHashMap<>();
        for (LocalDate date : runDates) {
            result.put(date, byDay.get((int) date.toEpochDay()));
        }
        return result;
    }

    /**
     * Phase 2 of the default mode: each run's trends from its rises and their window details, gathered in passes
     * of consecutive run dates whose details fit {@code detailsPerPass} (windows {@code r} and {@code runs + r}
     * are run r's two horizons). One pass for a whole backfill sent the driver every rising term's window ids at
     * once (1.1 GB at 1.1 M projects); a pass's details are dropped once its runs are detected.
     */
    private Map<Integer, Detection> withDetails(AnalyzedTexts texts, List<Integer> runDays, List<int[]> windows,
            List<Set<String>> risingKeys, List<DefaultDetection.Inputs> inputs, List<DefaultDetection.Rises> rises) {
        int runs = runDays.size();
        int itemField = params.fields().indexOf(TextField.RESOURCES);
        long[] entries = new long[runs];
        for (int r = 0; r < runs; r++) {
            for (String key : risingKeys.get(r)) {
                entries[r] += inputs.get(r).surgingWindow().getOrDefault(key, 0L)
                        + inputs.get(r).growingWindow().getOrDefault(key, 0L);
            }
        }
        Map<Integer, Detection> byDay = new LinkedHashMap<>();
        for (int[] pass : DetailPasses.group(entries, detailsPerPass)) {
            int from = pass[0];
            int to = pass[1];
            List<int[]> groupWindows = new ArrayList<>();
            List<Set<String>> groupKeys = new ArrayList<>();
            for (int horizon = 0; horizon < 2; horizon++) {
                for (int r = from; r < to; r++) {
                    groupWindows.add(windows.get(horizon * runs + r));
                    groupKeys.add(risingKeys.get(horizon * runs + r));
                }
            }
            List<Map<String, WindowTerm>> details = WindowDetails.collect(texts.postedIn(groupWindows).rows(),
                    groupWindows, groupKeys, params.maxNgram());
            int size = to - from;
            for (int r = from; r < to; r++) {
                byDay.put(runDays.get(r), DefaultDetection.detect(inputs.get(r), rises.get(r),
                        details.get(r - from), details.get(size + r - from), params, itemField));
            }
        }
        return byDay;
    }
}
