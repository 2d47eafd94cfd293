package org.trendfinder.pipeline.detect;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.pipeline.text.TermExtractor;

/**
 * Per trend, the terms that come with it: found in its window projects and rarely without it. Ranked by lift
 * (P(term | trend) / P(term) over the window's projects) among terms in at least {@link #minSupport} of the
 * trend's window projects: ranking by raw count (as 2018's {@code find_co_occurrences}) fills the list with
 * words found in every request. The trend itself, its component words and sub-phrases, phrases containing it,
 * and the same for each term grouped into it ({@link Trend#alsoKeys()}) are left out: they say nothing new.
 * Terms are counted by key and shown by their most common surface form.
 */
public final class CoOccurrences {

    /** Fewest of the trend's window projects a term must be in: fewer is one or two teachers' wording. */
    static final int MIN_PROJECTS = 3;
    /** ... and at least this share of them, so a big trend's list is not led by a handful of coincidences. */
    static final double MIN_SHARE = 0.05;

    /**
     * Run dates whose windows one pass reads together. Each partition sends the driver every term of each run's
     * trend projects before support is applied: 60 run dates in one pass sent 1.1 GB at 1.1 M projects.
     */
    static final int RUNS_PER_PASS = 8;

    private CoOccurrences() {
    }

    /** The smallest co-occurrence count ranked for a trend with {@code trendProjects} window projects. */
    static long minSupport(long trendProjects) {
        return Math.max(MIN_PROJECTS, (long) Math.ceil(MIN_SHARE * trendProjects));
    }

    /**
     * Every run date's co-occurrences, {@link #RUNS_PER_PASS} run dates at a time, each group from two passes over
     * its windows together (a one-date run makes two passes, a 60-date backfill 16 instead of 120).
     *
     * @param texts       the analyzed projects (any dates; each run reads its window: {@code windowDays} up to
     *                    its run date)
     * @param membership  (project_id, slug) rows from {@link TrendMembership#of}
     * @param trendsByRun each run date's trends
     * @param limit       terms kept per trend
     * @return per run date, per trend slug (every given trend, possibly with an empty list), its top terms,
     *         highest lift first
     */
    public static Map<LocalDate, Map<String, List<CoOccurrence>>> of(AnalyzedTexts texts, Dataset<Row> membership,
            Map<LocalDate, List<Trend>> trendsByRun, DetectionParams params, int limit) {
        return of(texts, membership, trendsByRun, params, limit, RUNS_PER_PASS);
    }

    static Map<LocalDate, Map<String, List<CoOccurrence>>> of(AnalyzedTexts texts, Dataset<Row> membership,
            Map<LocalDate, List<Trend>> trendsByRun, DetectionParams params, int limit, int runsPerPass) {
        Map<LocalDate, Map<String, List<CoOccurrence>>> result = new LinkedHashMap<>();
        List<LocalDate> runDates = List.copyOf(trendsByRun.keySet());
        for (int from = 0; from < runDates.size(); from += runsPerPass) {
            Map<LocalDate, List<Trend>> group = new LinkedHashMap<>();
            runDates.subList(from, Math.min(runDates.size(), from + runsPerPass))
                    .forEach(date -> group.put(date, trendsByRun.get(date)));
            result.putAll(ofGroup(texts, membership, group, params, limit));
        }
        return result;
    }

    private static Map<LocalDate, Map<String, List<CoOccurrence>>> ofGroup(AnalyzedTexts texts,
            Dataset<Row> membership, Map<LocalDate, List<Trend>> trendsByRun, DetectionParams params, int limit) {
        texts.requireFields(params.fields());
        List<LocalDate> runDates = List.copyOf(trendsByRun.keySet());
        List<int[]> windows = new ArrayList<>();
        List<Map<String, List<String[]>>> excluded = new ArrayList<>();
        for (LocalDate runDate : runDates) {
            int last = (int) runDate.toEpochDay();
            windows.add(new int[] {last - params.windowDays() + 1, last});
            Map<String, List<String[]>> bySlug = new HashMap<>();
            for (Trend trend : trendsByRun.get(runDate)) {
                List<String[]> words = new ArrayList<>();
                words.add(trend.key().split(" "));
                trend.alsoKeys().forEach(k -> words.add(k.split(" ")));
                bySlug.put(trend.slug(), words);
            }
            excluded.add(bySlug);
        }
        Dataset<Row> windowRows = texts.postedIn(windows).rows();
        List<Tally> inTrends = tallyTrendProjects(windowRows, membership, windows, excluded, params.maxNgram());

        List<Set<String>> candidates = new ArrayList<>();
        for (Tally tally : inTrends) {
            Set<String> runCandidates = new HashSet<>();
            tally.bySlug.forEach((slug, terms) -> {
                long support = minSupport(tally.trendProjects.getOrDefault(slug, 0L));
                terms.forEach((key, term) -> {
                    if (term.projects >= support) {
                        runCandidates.add(key);
                    }
                });
            });
            candidates.add(runCandidates);
        }
        List<KeyCounts> overall = countInWindows(windowRows, windows, candidates, params.maxNgram());

        Map<LocalDate, Map<String, List<CoOccurrence>>> result = new LinkedHashMap<>();
        for (int r = 0; r < runDates.size(); r++) {
            Map<String, List<CoOccurrence>> bySlug = new LinkedHashMap<>();
            for (Trend trend : trendsByRun.get(runDates.get(r))) {
                bySlug.put(trend.slug(), top(inTrends.get(r), overall.get(r), trend.slug(), limit));
            }
            result.put(runDates.get(r), bySlug);
        }
        return result;
    }

    /** Pass 1: per run, the terms of each trend's window projects, and how many projects each trend has. */
    private static List<Tally> tallyTrendProjects(Dataset<Row> texts, Dataset<Row> membership, List<int[]> windows,
            List<Map<String, List<String[]>>> excluded, int maxNgram) {
        Dataset<Row> joined = texts.join(membership.select(col(ProjectColumns.PROJECT_ID),
                col(TrendMembership.SLUG)), ProjectColumns.PROJECT_ID);
        int slugIndex = joined.schema().fieldIndex(TrendMembership.SLUG);
        int dayIndex = joined.schema().fieldIndex(ProjectTexts.DAY_COLUMN);
        int runs = windows.size();
        return joined.javaRDD().mapPartitions(rows -> {
            List<Tally> tallies = perRun(runs, Tally::new);
            try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, null)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    String slug = row.getString(slugIndex);
                    int day = row.getInt(dayIndex);
                    Map<String, String> terms = null;
                    for (int r = 0; r < runs; r++) {
                        List<String[]> skip = excluded.get(r).get(slug);
                        if (skip == null || day < windows.get(r)[0] || day > windows.get(r)[1]) {
                            continue;
                        }
                        if (terms == null) {
                            String[] textColumns = new String[row.length() - ProjectTexts.FIRST_TEXT - 1];
                            for (int i = 0; i < textColumns.length; i++) {
                                int index = ProjectTexts.FIRST_TEXT + i;
                                textColumns[i] = row.isNullAt(index) ? null : row.getString(index);
                            }
                            terms = extractor.distinctTerms(textColumns);
                        }
                        Tally tally = tallies.get(r);
                        tally.trendProjects.merge(slug, 1L, Long::sum);
                        for (Map.Entry<String, String> term : terms.entrySet()) {
                            String[] termWords = term.getKey().split(" ");
                            if (skip.stream().noneMatch(words -> related(words, termWords))) {
                                tally.add(slug, term.getKey(), term.getValue());
                            }
                        }
                    }
                }
            }
            return List.of(tallies).iterator();
        }).treeAggregate(perRun(runs, Tally::new), CoOccurrences::mergeTallies, CoOccurrences::mergeTallies, 2);
    }

    /** Pass 2: per run, in how many window projects each candidate key is found, and how many the window has. */
    private static List<KeyCounts> countInWindows(Dataset<Row> texts, List<int[]> windows, List<Set<String>> keys,
            int maxNgram) {
        Set<String> words = new HashSet<>();
        keys.forEach(runKeys -> runKeys.forEach(k -> words.addAll(List.of(k.split(" ")))));
        int runs = windows.size();
        return texts.javaRDD().mapPartitions(rows -> {
            List<KeyCounts> counts = perRun(runs, KeyCounts::new);
            // only the candidates' words are analyzed further: the window's other phrases are never needed
            try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, words)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    int day = row.getInt(ProjectTexts.DAY);
                    Set<String> terms = null;
                    for (int r = 0; r < runs; r++) {
                        if (day < windows.get(r)[0] || day > windows.get(r)[1]) {
                            continue;
                        }
                        if (terms == null) {
                            terms = extractor.distinctTerms(ProjectTexts.texts(row)).keySet();
                        }
                        KeyCounts runCounts = counts.get(r);
                        runCounts.projects++;
                        for (String key : terms) {
                            if (keys.get(r).contains(key)) {
                                runCounts.byKey.merge(key, 1L, Long::sum);
                            }
                        }
                    }
                }
            }
            return List.of(counts).iterator();
        }).treeAggregate(perRun(runs, KeyCounts::new), CoOccurrences::mergeCounts, CoOccurrences::mergeCounts, 2);
    }

    /** One empty per-partition result per run of a pass. */
    private static <T> List<T> perRun(int runs, java.util.function.Supplier<T> empty) {
        List<T> results = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            results.add(empty.get());
        }
        return results;
    }

    private static List<Tally> mergeTallies(List<Tally> a, List<Tally> b) {
        for (int r = 0; r < a.size(); r++) {
            a.get(r).merge(b.get(r));
        }
        return a;
    }

    private static List<KeyCounts> mergeCounts(List<KeyCounts> a, List<KeyCounts> b) {
        for (int r = 0; r < a.size(); r++) {
            a.get(r).merge(b.get(r));
        }
        return a;
    }

    private static List<CoOccurrence> top(Tally tally, KeyCounts overall, String slug, int limit) {
        long trendProjects = tally.trendProjects.getOrDefault(slug, 0L);
        long support = minSupport(trendProjects);
        List<Map.Entry<String, CoOccurrence>> ranked = new ArrayList<>();
        tally.bySlug.getOrDefault(slug, Map.of()).forEach((key, term) -> {
            if (term.projects >= support) {
                long termProjects = Math.max(term.projects, overall.byKey.getOrDefault(key, 0L));
                ranked.add(Map.entry(key, new CoOccurrence(term.surface(), term.projects, termProjects,
                        trendProjects, Math.max(overall.projects, trendProjects))));
            }
        });
        ranked.sort(Comparator.<Map.Entry<String, CoOccurrence>>comparingDouble(e -> -e.getValue().lift())
                .thenComparingLong(e -> -e.getValue().projects())
                .thenComparing(Map.Entry::getKey));
        List<CoOccurrence> top = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, CoOccurrence> e : ranked) {
            if (top.size() >= limit) {
                break;
            }
            if (seen.add(e.getValue().term())) {
                top.add(e.getValue());
            }
        }
        return top;
    }

    /** True when one of the two word runs contains the other: the trend, its parts, or a phrase around it. */
    static boolean related(String[] trendWords, String[] termWords) {
        return PhraseSuppression.containsRun(trendWords, termWords) || PhraseSuppression.containsRun(termWords, trendWords);
    }

    /** Per slug: its window projects, and per key the projects and the surface forms seen. */
    static final class Tally implements Serializable {
        final Map<String, Map<String, WindowTerm>> bySlug = new HashMap<>();
        final Map<String, Long> trendProjects = new HashMap<>();

        void add(String slug, String key, String surface) {
            bySlug.computeIfAbsent(slug, s -> new HashMap<>()).computeIfAbsent(key, k -> new WindowTerm())
                    .add(surface, "", "");
        }

        Tally merge(Tally other) {
            other.bySlug.forEach((slug, terms) -> {
                Map<String, WindowTerm> mine = bySlug.computeIfAbsent(slug, s -> new HashMap<>());
                terms.forEach((key, term) -> mine.merge(key, term, (a, b) -> {
                    a.merge(b);
                    return a;
                }));
            });
            other.trendProjects.forEach((slug, n) -> trendProjects.merge(slug, n, Long::sum));
            return this;
        }
    }

    /** Window projects, and per candidate key the window projects holding it. */
    static final class KeyCounts implements Serializable {
        long projects;
        final Map<String, Long> byKey = new HashMap<>();

        KeyCounts merge(KeyCounts other) {
            projects += other.projects;
            other.byKey.forEach((k, n) -> byKey.merge(k, n, Long::sum));
            return this;
        }
    }
}
