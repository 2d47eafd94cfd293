package org.trendfinder.pipeline.detect;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
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

    private CoOccurrences() {
    }

    /** The smallest co-occurrence count ranked for a trend with {@code trendProjects} window projects. */
    static long minSupport(long trendProjects) {
        return Math.max(MIN_PROJECTS, (long) Math.ceil(MIN_SHARE * trendProjects));
    }

    /**
     * @param windowProjects the projects to look in (the run's current window): the trend's and everyone else's
     * @param membership     (project_id, slug) rows from {@link TrendMembership#of}
     * @param limit          terms kept per trend
     * @return per trend slug (every given trend, possibly with an empty list), its top terms, highest lift first
     */
    public static Map<String, List<CoOccurrence>> of(AnalyzedTexts windowProjects, Dataset<Row> membership,
            Collection<Trend> trends, DetectionParams params, int limit) {
        Map<String, List<String[]>> excluded = new HashMap<>();
        for (Trend trend : trends) {
            List<String[]> words = new ArrayList<>();
            words.add(trend.key().split(" "));
            trend.alsoKeys().forEach(k -> words.add(k.split(" ")));
            excluded.put(trend.slug(), words);
        }
        windowProjects.requireFields(params.fields());
        Dataset<Row> texts = windowProjects.rows();
        Tally inTrends = tallyTrendProjects(texts, membership, excluded, params.maxNgram());

        Set<String> candidates = new HashSet<>();
        inTrends.bySlug.forEach((slug, terms) -> {
            long support = minSupport(inTrends.trendProjects.getOrDefault(slug, 0L));
            terms.forEach((key, term) -> {
                if (term.projects >= support) {
                    candidates.add(key);
                }
            });
        });
        KeyCounts overall = countInWindow(texts, candidates, params.maxNgram());

        Map<String, List<CoOccurrence>> result = new LinkedHashMap<>();
        for (Trend trend : trends) {
            result.put(trend.slug(), top(inTrends, overall, trend.slug(), limit));
        }
        return result;
    }

    /** Pass 1: the terms of each trend's window projects, and how many projects each trend has. */
    private static Tally tallyTrendProjects(Dataset<Row> texts, Dataset<Row> membership,
            Map<String, List<String[]>> excluded, int maxNgram) {
        Dataset<Row> joined = texts.join(membership.select(col(ProjectColumns.PROJECT_ID),
                col(TrendMembership.SLUG)), ProjectColumns.PROJECT_ID);
        int slugIndex = joined.schema().fieldIndex(TrendMembership.SLUG);
        return joined.javaRDD().mapPartitions(rows -> {
            Tally tally = new Tally();
            try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, null)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    String slug = row.getString(slugIndex);
                    List<String[]> skip = excluded.get(slug);
                    if (skip == null) {
                        continue;
                    }
                    tally.trendProjects.merge(slug, 1L, Long::sum);
                    String[] textColumns = new String[row.length() - ProjectTexts.FIRST_TEXT - 1];
                    for (int i = 0; i < textColumns.length; i++) {
                        int index = ProjectTexts.FIRST_TEXT + i;
                        textColumns[i] = row.isNullAt(index) ? null : row.getString(index);
                    }
                    for (Map.Entry<String, String> term : extractor.distinctTerms(textColumns).entrySet()) {
                        String[] termWords = term.getKey().split(" ");
                        if (skip.stream().noneMatch(words -> related(words, termWords))) {
                            tally.add(slug, term.getKey(), term.getValue());
                        }
                    }
                }
            }
            return List.of(tally).iterator();
        }).treeAggregate(new Tally(), Tally::merge, Tally::merge, 2);
    }

    /** Pass 2: in how many window projects each candidate key is found, and how many projects the window has. */
    private static KeyCounts countInWindow(Dataset<Row> texts, Set<String> keys, int maxNgram) {
        Set<String> words = new HashSet<>();
        keys.forEach(k -> words.addAll(List.of(k.split(" "))));
        return texts.javaRDD().mapPartitions(rows -> {
            KeyCounts counts = new KeyCounts();
            // only the candidates' words are analyzed further: the window's other phrases are never needed
            try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, words)) {
                while (rows.hasNext()) {
                    counts.projects++;
                    for (String key : extractor.distinctTerms(ProjectTexts.texts(rows.next())).keySet()) {
                        if (keys.contains(key)) {
                            counts.byKey.merge(key, 1L, Long::sum);
                        }
                    }
                }
            }
            return List.of(counts).iterator();
        }).treeAggregate(new KeyCounts(), KeyCounts::merge, KeyCounts::merge, 2);
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
