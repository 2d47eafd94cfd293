package org.trendfinder.pipeline.detect;

import static org.apache.spark.sql.functions.col;

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
 * Per trend, the terms most often found in the same projects (as 2018's {@code find_co_occurrences}, but
 * counting words and phrases by key, shown by their most common surface form). The trend itself, its
 * component words and sub-phrases, and phrases containing it are excluded: they say nothing new.
 */
public final class CoOccurrences {

    private CoOccurrences() {
    }

    /**
     * @param recentProjects projects to look in (e.g. the current window)
     * @param membership     (project_id, slug) rows from {@link TrendMembership#of}
     * @param limit          terms kept per trend
     * @return per trend slug (every given trend, possibly with an empty list), its top terms, most projects first
     */
    public static Map<String, List<TermCount>> of(Dataset<Row> recentProjects, Dataset<Row> membership,
            Collection<Trend> trends, DetectionParams params, int limit) {
        Map<String, String[]> trendWords = new HashMap<>();
        for (Trend trend : trends) {
            trendWords.put(trend.slug(), trend.key().split(" "));
        }
        Dataset<Row> texts = ProjectTexts.select(recentProjects, params.fields());
        Dataset<Row> joined = texts.join(membership.select(col(ProjectColumns.PROJECT_ID),
                col(TrendMembership.SLUG)), ProjectColumns.PROJECT_ID);
        int slugIndex = joined.schema().fieldIndex(TrendMembership.SLUG);
        int maxNgram = params.maxNgram();
        Tally total = joined.javaRDD().mapPartitions(rows -> {
            Tally tally = new Tally();
            try (TermExtractor extractor = new TermExtractor(maxNgram)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    String slug = row.getString(slugIndex);
                    String[] words = trendWords.get(slug);
                    if (words == null) {
                        continue;
                    }
                    String[] textColumns = new String[row.length() - ProjectTexts.FIRST_TEXT - 1];
                    for (int i = 0; i < textColumns.length; i++) {
                        int index = ProjectTexts.FIRST_TEXT + i;
                        textColumns[i] = row.isNullAt(index) ? null : row.getString(index);
                    }
                    for (Map.Entry<String, String> term : extractor.distinctTerms(textColumns).entrySet()) {
                        if (!related(words, term.getKey().split(" "))) {
                            tally.add(slug, term.getKey(), term.getValue());
                        }
                    }
                }
            }
            return List.of(tally).iterator();
        }).treeAggregate(new Tally(), Tally::merge, Tally::merge, 2);

        Map<String, List<TermCount>> result = new LinkedHashMap<>();
        for (Trend trend : trends) {
            result.put(trend.slug(), total.top(trend.slug(), limit));
        }
        return result;
    }

    /** True when one of the two word runs contains the other: the trend, its parts, or a phrase around it. */
    static boolean related(String[] trendWords, String[] termWords) {
        return PhraseSuppression.containsRun(trendWords, termWords) || PhraseSuppression.containsRun(termWords, trendWords);
    }

    /** Per slug and key: projects, and the surface forms seen. */
    static final class Tally implements java.io.Serializable {
        final Map<String, Map<String, WindowTerm>> bySlug = new HashMap<>();

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
            return this;
        }

        List<TermCount> top(String slug, int limit) {
            List<Map.Entry<String, WindowTerm>> entries = new ArrayList<>(bySlug.getOrDefault(slug, Map.of()).entrySet());
            entries.sort(Comparator.<Map.Entry<String, WindowTerm>>comparingLong(e -> -e.getValue().projects)
                    .thenComparing(Map.Entry::getKey));
            List<TermCount> top = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, WindowTerm> e : entries) {
                if (top.size() >= limit) {
                    break;
                }
                String surface = e.getValue().surface();
                if (seen.add(surface)) {
                    top.add(new TermCount(surface, e.getValue().projects));
                }
            }
            return top;
        }
    }
}
